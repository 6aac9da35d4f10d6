<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Commands</name>
    <message>
        <source>Add scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>Unlink measured run</source>
        <translation>Dissocier l’exécution mesurée</translation>
    </message>
    <message>
        <source>Link measured run to “%1”</source>
        <translation>Associer l’exécution mesurée à « %1 »</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Déplacer le scénario</translation>
    </message>
    <message>
        <source>Remove measured run “%1”</source>
        <translation>Supprimer l’exécution mesurée « %1 »</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Energy (facility)</source>
        <translation>Énergie (installation)</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e, basé sur la localisation</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, basé sur le marché</translation>
    </message>
    <message>
        <source>CO2e, embodied</source>
        <translation>CO2e, intrinsèque</translation>
    </message>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e, total</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Heures-accélérateur</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source> g CO2e</source>
        <translation> g CO2e</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Tool: %1 %2</source>
        <translation>Outil : %1 %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importation : %1</translation>
    </message>
    <message>
        <source>Hardware: %1</source>
        <translation>Matériel : %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>PUE applied by the tool: %1 (%2)</source>
        <translation>PUE appliqué par l’outil : %1 (%2)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Expérimentations</translation>
    </message>
    <message>
        <source>Embodied (amortised)</source>
        <translation>Intrinsèque (amorti)</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inférence</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivité</translation>
    </message>
    <message>
        <source>Facility overhead (PUE)</source>
        <translation>Surcoût de l’installation (PUE)</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>Prix du carbone</translation>
    </message>
    <message>
        <source>On-site (cooling)</source>
        <translation>Sur site (refroidissement)</translation>
    </message>
    <message>
        <source>Off-site (electricity)</source>
        <translation>Hors site (électricité)</translation>
    </message>
    <message>
        <source>CO2e per scenario</source>
        <translation>CO2e par scénario</translation>
    </message>
    <message>
        <source>Facility energy per scenario</source>
        <translation>Énergie de l’installation par scénario</translation>
    </message>
    <message>
        <source>Cost per scenario</source>
        <translation>Coût par scénario</translation>
    </message>
    <message>
        <source>Water per scenario</source>
        <translation>Eau par scénario</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
</context>
<context>
    <name>greenlight::ui</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Source : %2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::CatalogBrowser</name>
    <message>
        <source>V (primary source)</source>
        <translation>V (source primaire)</translation>
    </message>
    <message>
        <source>S (secondary copies)</source>
        <translation>S (copies secondaires)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Catalog sections</source>
        <translation>Sections du catalogue</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Accélérateurs</translation>
    </message>
    <message>
        <source>Search accelerators (id, name, vendor)…</source>
        <translation>Rechercher des accélérateurs (identifiant, nom, fabricant)…</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Search regions (country, grid, cloud region, id)…</source>
        <translation>Rechercher des régions (pays, réseau, région cloud, identifiant)…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Search providers…</source>
        <translation>Rechercher des fournisseurs…</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Search default constants…</source>
        <translation>Rechercher des constantes par défaut…</translation>
    </message>
    <message>
        <source>Equivalences</source>
        <translation>Équivalences</translation>
    </message>
    <message>
        <source>Search equivalences…</source>
        <translation>Rechercher des équivalences…</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Search data credits…</source>
        <translation>Rechercher des crédits de données…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record details with sources</source>
        <translation>Détails de la fiche avec ses sources</translation>
    </message>
    <message>
        <source>Select a record to see every field with its source.</source>
        <translation>Sélectionnez une fiche pour voir chaque champ avec sa source.</translation>
    </message>
    <message>
        <source>Add / Edit &amp;User Record…</source>
        <translation>Ajouter / modifier une fiche &amp;utilisateur…</translation>
    </message>
    <message>
        <source>Add an accelerator or region, or override the selected one with your own figures and source. Saved in %1.</source>
        <translation>Ajoutez un accélérateur ou une région, ou remplacez la fiche sélectionnée par vos propres chiffres et votre source. Enregistrement dans %1.</translation>
    </message>
    <message>
        <source>User records are read from %1 when Greenlight starts.</source>
        <translation>Les fiches utilisateur sont lues depuis %1 au démarrage de Greenlight.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <source>Shows the records where any field contains the text.</source>
        <translation>Affiche les fiches dont un champ contient le texte.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Power basis</source>
        <translation>Référence de puissance</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Mémoire (Go)</translation>
    </message>
    <message>
        <source>Peak (TFLOP/s)</source>
        <translation>Crête (TFLOP/s)</translation>
    </message>
    <message>
        <source>Default precision</source>
        <translation>Précision par défaut</translation>
    </message>
    <message>
        <source>Embodied (kg CO₂e)</source>
        <translation>Intrinsèque (kg CO₂e)</translation>
    </message>
    <message>
        <source>Embodied basis</source>
        <translation>Périmètre du carbone intrinsèque</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>Prix (USD/h)</translation>
    </message>
    <message>
        <source>Price offer</source>
        <translation>Offre tarifaire</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Année de sortie</translation>
    </message>
    <message>
        <source>%1 g/kWh, %2: %3</source>
        <translation>%1 g/kWh, %2 : %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Intensity (g CO₂e/kWh)</source>
        <translation>Intensité (g CO₂e/kWh)</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>CFE share</source>
        <translation>Part CFE</translation>
    </message>
    <message>
        <source>Other published intensities</source>
        <translation>Autres intensités publiées</translation>
    </message>
    <message>
        <source>Hourly profile</source>
        <translation>Profil horaire</translation>
    </message>
    <message>
        <source>PUE low</source>
        <translation>PUE bas</translation>
    </message>
    <message>
        <source>PUE high</source>
        <translation>PUE haut</translation>
    </message>
    <message>
        <source>%1 %2 / %3 / %4</source>
        <translation>%1 %2 / %3 / %4</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Range (low / mode / high)</source>
        <translation>Plage (bas / mode / haut)</translation>
    </message>
    <message>
        <source>g CO₂e per unit</source>
        <translation>g CO₂e par unité</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User record saved</source>
        <translation>Fiche utilisateur enregistrée</translation>
    </message>
    <message>
        <source>Saved to %1.

The record takes effect the next time Greenlight starts.</source>
        <translation>Enregistrée dans %1.

La fiche prendra effet au prochain démarrage de Greenlight.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::CatalogRecordDialog</name>
    <message>
        <source>New Accelerator</source>
        <translation>Nouvel accélérateur</translation>
    </message>
    <message>
        <source>Edit Accelerator “%1”</source>
        <translation>Modifier l’accélérateur « %1 »</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fabricant :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation>T&amp;DP :</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Board power (TDP/TGP). Leave at “none” for chips without a published figure: scenarios must then give the measured power.</source>
        <translation>Puissance de la carte (TDP/TGP). Laissez « aucune » pour les puces sans valeur publiée : les scénarios devront alors indiquer la puissance mesurée.</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire :</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Device memory.</source>
        <translation>Mémoire de l’appareil.</translation>
    </message>
    <message>
        <source>Peak %1:</source>
        <translation>Crête %1 :</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Dense peak throughput at %1 (no sparsity); “none” if the device has no such mode.</source>
        <translation>Débit crête dense en %1 (sans parcimonie) ; « aucune » si l’appareil n’a pas ce mode.</translation>
    </message>
    <message>
        <source>Default precision</source>
        <translation>Précision par défaut</translation>
    </message>
    <message>
        <source>The precision training normally uses on this device; it needs a peak value.</source>
        <translation>La précision qu’utilise normalement l’entraînement sur cet appareil ; elle nécessite une valeur de crête.</translation>
    </message>
    <message>
        <source>Default &amp;precision:</source>
        <translation>&amp;Précision par défaut :</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>&amp;Carbone intrinsèque :</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>Manufacturing emissions of the chip.</source>
        <translation>Émissions liées à la fabrication de la puce.</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>P&amp;rix :</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Typical on-demand price per accelerator-hour.</source>
        <translation>Prix typique à la demande par heure-accélérateur.</translation>
    </message>
    <message>
        <source>New Region</source>
        <translation>Nouvelle région</translation>
    </message>
    <message>
        <source>Edit Region “%1”</source>
        <translation>Modifier la région « %1 »</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code of the country it lies in, e.g. FRA.</source>
        <translation>Code ISO 3166-1 alpha-3 du pays où elle se trouve, p. ex. FRA.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>For cloud regions: aws, gcp, azure, alibaba.</source>
        <translation>Pour les régions cloud : aws, gcp, azure, alibaba.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>In&amp;tensité :</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>Annual average grid carbon intensity.</source>
        <translation>Intensité carbone moyenne annuelle du réseau.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Life-cycle or operational (direct) emissions factor.</source>
        <translation>Facteur d’émission en cycle de vie ou opérationnel (direct).</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>Péri&amp;mètre :</translation>
    </message>
    <message>
        <source>P&amp;UE:</source>
        <translation>PU&amp;E :</translation>
    </message>
    <message>
        <source>The provider&apos;s PUE in this region (≥ 1).</source>
        <translation>Le PUE du fournisseur dans cette région (≥ 1).</translation>
    </message>
    <message>
        <source>C&amp;FE share:</source>
        <translation>Part &amp;CFE :</translation>
    </message>
    <message>
        <source>Carbon-free energy share, 0–1 (Google publishes it per region).</source>
        <translation>Part d’énergie décarbonée (CFE), 0–1 (Google la publie par région).</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Unique id. A user record with the id of a shipped record overrides it.</source>
        <translation>Identifiant unique. Une fiche utilisateur portant l’identifiant d’une fiche fournie la remplace.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Paper + table, datasheet title, or repository@commit + path</source>
        <translation>Article + tableau, titre de la fiche technique, ou dépôt@commit + chemin</translation>
    </message>
    <message>
        <source>Required: where a reader can check these numbers.</source>
        <translation>Obligatoire : où un lecteur peut vérifier ces chiffres.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>The year the numbers refer to, or the publication year.</source>
        <translation>L’année à laquelle se rapportent les chiffres, ou l’année de publication.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>V — read in a primary source</source>
        <translation>V — lu dans une source primaire</translation>
    </message>
    <message>
        <source>S — secondary copies only</source>
        <translation>S — copies secondaires uniquement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ComparisonModel</name>
    <message>
        <source>cannot estimate</source>
        <translation>estimation impossible</translation>
    </message>
    <message>
        <source>%1 = %2 %3 — select to see how it was computed</source>
        <translation>%1 = %2 %3 — sélectionnez pour voir comment la valeur a été calculée</translation>
    </message>
    <message>
        <source>%1
(baseline)</source>
        <translation>%1
(référence)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>%1 Δ</source>
        <translation>%1 Δ</translation>
    </message>
    <message>
        <source>%1 Δ%</source>
        <translation>%1 Δ%</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::Dashboard</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Compromis</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Comparison against the baseline</source>
        <translation>Comparaison avec la référence</translation>
    </message>
    <message>
        <source>Copy table as TSV</source>
        <translation>Copier le tableau au format TSV</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::DeploymentEditor</name>
    <message>
        <source>Deploy the trained model</source>
        <translation>Déployer le modèle entraîné</translation>
    </message>
    <message>
        <source>Add the inference phase: the lifecycle, per-request figures and break-even</source>
        <translation>Ajouter la phase d’inférence : cycle de vie, chiffres par requête et point d’équilibre</translation>
    </message>
    <message>
        <source>First principles (2·N FLOPs per token)</source>
        <translation>Premiers principes (2·N FLOP par jeton)</translation>
    </message>
    <message>
        <source>Serving fleet (accelerators around the clock)</source>
        <translation>Parc d’inférence (accélérateurs en continu)</translation>
    </message>
    <message>
        <source>Energy per request</source>
        <translation>Énergie par requête</translation>
    </message>
    <message>
        <source>Serving energy from</source>
        <translation>Calcul de l’énergie d’inférence</translation>
    </message>
    <message>
        <source>Same as training</source>
        <translation>Identique à l’entraînement</translation>
    </message>
    <message>
        <source>Serving accelerator</source>
        <translation>Accélérateur d’inférence</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Requêtes par jour</translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation>Jetons par requête</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Fleet size</source>
        <translation>Taille du parc</translation>
    </message>
    <message>
        <source>dev.</source>
        <translation>acc.</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Taux d’utilisation</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-JJ (facultatif)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Same site as training</source>
        <translation>Même site que l’entraînement</translation>
    </message>
    <message>
        <source>Serving region</source>
        <translation>Région d’inférence</translation>
    </message>
    <message>
        <source>Serving PUE</source>
        <translation>PUE d’inférence</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>Add deployment</source>
        <translation>Ajouter un déploiement</translation>
    </message>
    <message>
        <source>Remove deployment</source>
        <translation>Retirer le déploiement</translation>
    </message>
    <message>
        <source>Change serving mode</source>
        <translation>Changer le mode d’inférence</translation>
    </message>
    <message>
        <source>Change serving accelerator</source>
        <translation>Changer l’accélérateur d’inférence</translation>
    </message>
    <message>
        <source>Change start date</source>
        <translation>Changer la date de début</translation>
    </message>
    <message>
        <source>Change serving region</source>
        <translation>Changer la région d’inférence</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>%1 requests over %2 months
per request: %3 Wh, %4 g CO2e
inference: %5, %6, %7
lifecycle (training + inference): %8</source>
        <translation>%1 requêtes sur %2 mois
par requête : %3 Wh, %4 g CO2e
inférence : %5, %6, %7
cycle de vie (entraînement + inférence) : %8</translation>
    </message>
    <message>
        <source>The deployment cannot be estimated; see the problems below the tabs.</source>
        <translation>Le déploiement ne peut pas être estimé ; voir les problèmes sous les onglets.</translation>
    </message>
    <message>
        <source>Training only. Deploy the model to see its lifecycle and break-even.</source>
        <translation>Entraînement seul. Déployez le modèle pour voir son cycle de vie et son point d’équilibre.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::Document</name>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Dupliquer le scénario</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Définir la référence</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>no measured run found in the file</source>
        <translation>aucune exécution mesurée trouvée dans le fichier</translation>
    </message>
    <message>
        <source>measured run</source>
        <translation>exécution mesurée</translation>
    </message>
    <message>
        <source>a measured run named “%1” already exists; added as “%2”</source>
        <translation>une exécution mesurée nommée « %1 » existe déjà ; ajoutée sous le nom « %2 »</translation>
    </message>
    <message>
        <source>Import measured run “%1”</source>
        <translation>Importer l’exécution mesurée « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measured run(s)</source>
        <translation>
            <numerusform>Importer %n exécution mesurée</numerusform>
            <numerusform>Importer %n exécutions mesurées</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibrate “%1” from measured runs</source>
        <translation>Calibrer « %1 » d’après les exécutions mesurées</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Select a number in the table to see how it was computed and where each input comes from.</source>
        <translation>Sélectionnez un nombre dans le tableau pour voir comment il a été calculé et d’où vient chaque donnée d’entrée.</translation>
    </message>
    <message>
        <source>This scenario cannot be estimated:
</source>
        <translation>Ce scénario ne peut pas être estimé :
</translation>
    </message>
    <message>
        <source>set in the scenario</source>
        <translation>défini dans le scénario</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::FileController</name>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Greenlight projects (*.greenlight.json);;JSON files (*.json)</source>
        <translation>Projets Greenlight (*.greenlight.json);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>“%1” could not be opened; the open project is unchanged.</source>
        <translation>« %1 » n’a pas pu être ouvert ; le projet ouvert reste inchangé.</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d’enregistrer « %1 » : %2</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Greenlight projects (*.greenlight.json)</source>
        <translation>Projets Greenlight (*.greenlight.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>« %1 » contient des modifications non enregistrées. Les enregistrer d’abord ?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>Greenlight was not closed properly last time. Unsaved changes%1 were kept from %2. Restore them?</source>
        <translation>Greenlight n’a pas été fermé correctement la dernière fois. Des modifications non enregistrées%1 ont été conservées (%2). Les restaurer ?</translation>
    </message>
    <message>
        <source> to “%1”</source>
        <translation> de « %1 »</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Échec de la récupération</translation>
    </message>
    <message>
        <source>The autosaved work could not be read.</source>
        <translation>Le travail enregistré automatiquement n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::LeversEditor</name>
    <message>
        <source>Pruning</source>
        <translation>Élagage</translation>
    </message>
    <message>
        <source>Remove weights, retrain, serve a sparser model</source>
        <translation>Supprimer des poids, réentraîner, déployer un modèle plus creux</translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation>Parcimonie</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Unstructured (little speed-up on dense hardware)</source>
        <translation>Non structuré (peu d’accélération sur matériel dense)</translation>
    </message>
    <message>
        <source>2:4 semi-structured (sparse tensor cores)</source>
        <translation>Semi-structuré 2:4 (cœurs tensoriels creux)</translation>
    </message>
    <message>
        <source>Structured (smaller dense model)</source>
        <translation>Structuré (modèle dense plus petit)</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>Réentraînement</translation>
    </message>
    <message>
        <source>× run</source>
        <translation>× exécution</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Lower precision in training and/or serving</source>
        <translation>Précision réduite à l’entraînement et/ou à l’inférence</translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation>Précision d’entraînement</translation>
    </message>
    <message>
        <source>Serving precision</source>
        <translation>Précision d’inférence</translation>
    </message>
    <message>
        <source>Post-training (PTQ, no training cost)</source>
        <translation>Post-entraînement (PTQ, sans coût d’entraînement)</translation>
    </message>
    <message>
        <source>Quantisation-aware training (QAT)</source>
        <translation>Entraînement avec prise en compte de la quantification (QAT)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation>Distillation</translation>
    </message>
    <message>
        <source>Train a smaller student on the teacher&apos;s outputs</source>
        <translation>Entraîner un élève plus petit sur les sorties de l’enseignant</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>Md</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>bn tokens</source>
        <translation>Md de jetons</translation>
    </message>
    <message>
        <source>Quality kept</source>
        <translation>Qualité conservée</translation>
    </message>
    <message>
        <source>Count the teacher&apos;s own training</source>
        <translation>Compter l’entraînement propre de l’enseignant</translation>
    </message>
    <message>
        <source>Fine-tune instead of pretraining</source>
        <translation>Réglage fin au lieu du préentraînement</translation>
    </message>
    <message>
        <source>Start from a pretrained model: full fine-tuning or LoRA adapters</source>
        <translation>Partir d’un modèle préentraîné : réglage fin complet ou adaptateurs LoRA</translation>
    </message>
    <message>
        <source>LoRA / adapters</source>
        <translation>LoRA / adaptateurs</translation>
    </message>
    <message>
        <source>Fine-tuning tokens</source>
        <translation>Jetons de réglage fin</translation>
    </message>
    <message>
        <source>Pretraining not attributed</source>
        <translation>Préentraînement non attribué</translation>
    </message>
    <message>
        <source>Amortised over downstream uses</source>
        <translation>Amorti sur les usages en aval</translation>
    </message>
    <message>
        <source>Fully attributed</source>
        <translation>Entièrement attribué</translation>
    </message>
    <message>
        <source>Pretrained footprint</source>
        <translation>Empreinte du préentraînement</translation>
    </message>
    <message>
        <source>Pretrained CO2e</source>
        <translation>CO2e du préentraînement</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Downstream uses</source>
        <translation>Usages en aval</translation>
    </message>
    <message>
        <source>Experiment budget</source>
        <translation>Budget d’expérimentation</translation>
    </message>
    <message>
        <source>Early stopping and extra runs (sweeps, ablations)</source>
        <translation>Arrêt précoce et exécutions supplémentaires (balayages, ablations)</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Arrêt précoce</translation>
    </message>
    <message>
        <source>of tokens</source>
        <translation>des jetons</translation>
    </message>
    <message>
        <source>Extra runs</source>
        <translation>Exécutions supplémentaires</translation>
    </message>
    <message>
        <source>Lever effects</source>
        <translation>Effets des leviers</translation>
    </message>
    <message>
        <source>Add pruning</source>
        <translation>Ajouter l’élagage</translation>
    </message>
    <message>
        <source>Remove pruning</source>
        <translation>Retirer l’élagage</translation>
    </message>
    <message>
        <source>Add quantisation</source>
        <translation>Ajouter la quantification</translation>
    </message>
    <message>
        <source>Remove quantisation</source>
        <translation>Retirer la quantification</translation>
    </message>
    <message>
        <source>Add distillation</source>
        <translation>Ajouter la distillation</translation>
    </message>
    <message>
        <source>Remove distillation</source>
        <translation>Retirer la distillation</translation>
    </message>
    <message>
        <source>Fine-tune instead</source>
        <translation>Passer au réglage fin</translation>
    </message>
    <message>
        <source>Pretrain instead</source>
        <translation>Revenir au préentraînement</translation>
    </message>
    <message>
        <source>Add experiment budget</source>
        <translation>Ajouter un budget d’expérimentation</translation>
    </message>
    <message>
        <source>Remove experiment budget</source>
        <translation>Retirer le budget d’expérimentation</translation>
    </message>
    <message>
        <source>Change pruning structure</source>
        <translation>Changer la structure d’élagage</translation>
    </message>
    <message>
        <source>Change training precision</source>
        <translation>Changer la précision d’entraînement</translation>
    </message>
    <message>
        <source>Change serving precision</source>
        <translation>Changer la précision d’inférence</translation>
    </message>
    <message>
        <source>Change quantisation method</source>
        <translation>Changer la méthode de quantification</translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation>Entraînement de l’enseignant</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>Pretrained footprint policy</source>
        <translation>Règle d’attribution du préentraînement</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) listed in the project file</source>
        <translation>
            <numerusform>%n exécution répertoriée dans le fichier de projet</numerusform>
            <numerusform>%n exécutions répertoriées dans le fichier de projet</numerusform>
        </translation>
    </message>
    <message>
        <source>none (use the experiments multiplier in Model &amp; workload)</source>
        <translation>aucune (utilisez le multiplicateur d’expérimentations dans Modèle &amp; charge de travail)</translation>
    </message>
    <message>
        <source>No lever applied.</source>
        <translation>Aucun levier appliqué.</translation>
    </message>
    <message>
        <source>Effects:
%1</source>
        <translation>Effets :
%1</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::LifecycleChart</name>
    <message>
        <source>Lifecycle: cumulative CO2e, training then inference</source>
        <translation>Cycle de vie : CO2e cumulé, entraînement puis inférence</translation>
    </message>
    <message>
        <source>Months after deployment start</source>
        <translation>Mois après le début du déploiement</translation>
    </message>
    <message>
        <source>Cumulative CO2e (t)</source>
        <translation>CO2e cumulé (t)</translation>
    </message>
    <message>
        <source>break-even after %1 requests%2</source>
        <translation>point d’équilibre après %1 requêtes%2</translation>
    </message>
    <message>
        <source>No scenario has a deployment yet.
Add one in the scenario&apos;s Deployment section to see
training plus inference over time and the break-even points.</source>
        <translation>Aucun scénario n’a encore de déploiement.
Ajoutez-en un dans la section Déploiement du scénario pour voir
l’entraînement et l’inférence dans le temps, et les points d’équilibre.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MainWindow</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouverture&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Exécutions mesurées</translation>
    </message>
    <message>
        <source>Select any number to see how it was computed.</source>
        <translation>Sélectionnez un nombre pour voir comment il a été calculé.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New from &amp;Preset…</source>
        <translation>Nouveau depuis un &amp;préréglage…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import Measured Run…</source>
        <translation>&amp;Importer une exécution mesurée…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Copy comparison table (TSV)</source>
        <translation>Copier le tableau de comparaison (TSV)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Mark as &amp;baseline</source>
        <translation>Définir comme &amp;référence</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>&amp;Catalogue…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>À &amp;propos de Greenlight</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — Greenlight</source>
        <translation>%1[*] — Greenlight</translation>
    </message>
    <message>
        <source>%1[*] (%2) — Greenlight</source>
        <translation>%1[*] (%2) — Greenlight</translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation>À propos de Greenlight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Plan, compare and justify the energy, carbon, water and cost of training machine-learning models.&lt;/p&gt;&lt;p&gt;Data credits:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Planifiez, comparez et justifiez l’énergie, le carbone, l’eau et le coût de l’entraînement de modèles d’apprentissage automatique.&lt;/p&gt;&lt;p&gt;Crédits des données :&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MeasuredRunImport</name>
    <message>
        <source>Import measured run</source>
        <translation>Importer une exécution mesurée</translation>
    </message>
    <message>
        <source>Measurement logs (*.csv *.log *.txt);;CodeCarbon emissions (*.csv);;Carbontracker logs (*.log *.txt)</source>
        <translation>Journaux de mesure (*.csv *.log *.txt);;Émissions CodeCarbon (*.csv);;Journaux Carbontracker (*.log *.txt)</translation>
    </message>
    <message>
        <source>Cannot import measured run</source>
        <translation>Impossible d’importer l’exécution mesurée</translation>
    </message>
    <message>
        <source>“%1” could not be imported; the project is unchanged.</source>
        <translation>« %1 » n’a pas pu être importé ; le projet reste inchangé.</translation>
    </message>
    <message>
        <source>Measured run imported with warnings</source>
        <translation>Exécution mesurée importée avec des avertissements</translation>
    </message>
    <message>
        <source>Imported %1 from “%2”, with these notes:</source>
        <translation>Importation de %1 depuis « %2 », avec ces remarques :</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MeasuredRunsPanel</name>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a CodeCarbon emissions.csv or Carbontracker log</source>
        <translation>Importer un fichier emissions.csv de CodeCarbon ou un journal Carbontracker</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Linked scenario</source>
        <translation>Scénario associé</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Exécutions mesurées</translation>
    </message>
    <message>
        <source>Compare scenario:</source>
        <translation>Comparer le scénario :</translation>
    </message>
    <message>
        <source>Calibrate scenario…</source>
        <translation>Calibrer le scénario…</translation>
    </message>
    <message>
        <source>Set the power per accelerator, PUE and grid intensity the linked runs imply</source>
        <translation>Définir la puissance par accélérateur, le PUE et l’intensité du réseau qu’impliquent les exécutions associées</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Measured vs estimated</source>
        <translation>Mesuré / estimé</translation>
    </message>
    <message>
        <source>Ratio = measured / estimated. Energy is facility energy (after PUE), CO2e is operational, location-based: what CodeCarbon and Carbontracker report.</source>
        <translation>Ratio = mesuré / estimé. L’énergie est celle de l’installation (après PUE), le CO2e est opérationnel, basé sur la localisation : ce que rapportent CodeCarbon et Carbontracker.</translation>
    </message>
    <message>
        <source>W/accel. (with PUE)</source>
        <translation>W/acc. (avec PUE)</translation>
    </message>
    <message>
        <source>W/accel. (IT)</source>
        <translation>W/acc. (IT)</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>g CO2e/kWh</source>
        <translation>g CO2e/kWh</translation>
    </message>
    <message>
        <source>What each run implies</source>
        <translation>Ce qu’implique chaque exécution</translation>
    </message>
    <message>
        <source>Energy (kWh, log)</source>
        <translation>Énergie (kWh, log)</translation>
    </message>
    <message>
        <source>CO2e (kg, log)</source>
        <translation>CO2e (kg, log)</translation>
    </message>
    <message>
        <source>Linked scenario of %1</source>
        <translation>Scénario associé à %1</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(non associée)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n exécution)</numerusform>
            <numerusform>%1 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CodeCarbon or Carbontracker file (File → Import measured run…, or drop it on the window), then link it to a scenario.</source>
        <translation>Importez un fichier CodeCarbon ou Carbontracker (Fichier → Importer une exécution mesurée…, ou déposez-le sur la fenêtre), puis associez-le à un scénario.</translation>
    </message>
    <message>
        <source>Link a run to a scenario to compare it with the estimate.</source>
        <translation>Associez une exécution à un scénario pour la comparer à l’estimation.</translation>
    </message>
    <message>
        <source>Ratio = measured / estimated (facility energy, operational location-based CO2e).</source>
        <translation>Ratio = mesuré / estimé (énergie de l’installation, CO2e opérationnel basé sur la localisation).</translation>
    </message>
    <message>
        <source>%1 accelerator (assumed)</source>
        <translation>%1 accélérateur (supposé)</translation>
    </message>
    <message numerus="yes">
        <source>%n accelerator(s)</source>
        <translation>
            <numerusform>%n accélérateur</numerusform>
            <numerusform>%n accélérateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source> (unknown)</source>
        <translation> (inconnu)</translation>
    </message>
    <message>
        <source>The tool did not say; 1 assumed</source>
        <translation>Non indiqué par l’outil ; 1 supposé</translation>
    </message>
    <message>
        <source>Calibrate “%1”</source>
        <translation>Calibrer « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Median over %n measured run(s); applied as one undo step, with the measurements recorded as the source in the scenario notes.</source>
        <translation>
            <numerusform>Médiane sur %n exécution mesurée ; appliquée en une seule étape d’annulation, les mesures étant consignées comme source dans les notes du scénario.</numerusform>
            <numerusform>Médiane sur %n exécutions mesurées ; appliquée en une seule étape d’annulation, les mesures étant consignées comme source dans les notes du scénario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source> (catalog)</source>
        <translation> (catalogue)</translation>
    </message>
    <message>
        <source>Facility energy: %1 → %2; CO2e (location-based): %3 → %4.</source>
        <translation>Énergie de l’installation : %1 → %2 ; CO2e (basé sur la localisation) : %3 → %4.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MetricBarChart</name>
    <message>
        <source>P5–P95 (Monte Carlo)</source>
        <translation>P5–P95 (Monte-Carlo)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>P5–P95</source>
        <translation>P5–P95</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PlotWidget</name>
    <message>
        <source>Unknown format: use .png, .svg or .pdf</source>
        <translation>Format inconnu : utilisez .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF (*.pdf)</source>
        <translation>Image PNG (*.png);;Image vectorielle SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Code de devise</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code of the currency costs are displayed in, e.g. EUR.</source>
        <translation>Code ISO 4217 à trois lettres de la devise d’affichage des coûts, p. ex. EUR.</translation>
    </message>
    <message>
        <source>&amp;Display costs in:</source>
        <translation>A&amp;fficher les coûts en :</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>How many units of the display currency one US dollar buys. Greenlight ships no exchange rates: enter the rate you want to use.</source>
        <translation>Nombre d’unités de la devise d’affichage pour un dollar US. Greenlight ne fournit aucun taux de change : saisissez le taux que vous souhaitez utiliser.</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Taux :</translation>
    </message>
    <message>
        <source>Prices in the catalog and all cost estimates are in US dollars; this rate only converts what is displayed.</source>
        <translation>Les prix du catalogue et toutes les estimations de coût sont en dollars US ; ce taux ne convertit que l’affichage.</translation>
    </message>
    <message>
        <source>New scenarios</source>
        <translation>Nouveaux scénarios</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non définie)</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Région par défaut</translation>
    </message>
    <message>
        <source>The grid region given to new scenarios and to templates from the presets gallery.</source>
        <translation>La région de réseau attribuée aux nouveaux scénarios et aux gabarits de la galerie de préréglages.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Région par défaut :</translation>
    </message>
    <message>
        <source>Uncertainty (Monte Carlo)</source>
        <translation>Incertitude (Monte-Carlo)</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>Échantillons Monte-Carlo</translation>
    </message>
    <message>
        <source>Samples drawn per scenario for the P5–P95 ranges. More samples give steadier ranges and take longer.</source>
        <translation>Échantillons tirés par scénario pour les plages P5–P95. Davantage d’échantillons donnent des plages plus stables, mais le calcul est plus long.</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>É&amp;chantillons :</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>A fixed seed makes every run give the same ranges.</source>
        <translation>Avec une graine fixe, chaque calcul donne les mêmes plages.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Colours of the windows and charts.</source>
        <translation>Couleurs des fenêtres et des graphiques.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>1 USD = </source>
        <translation>1 USD = </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PresetsDialog</name>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Start from a published training run — its authors&apos; own inputs, with the footprint they reported beside Greenlight&apos;s estimate — or from a template.</source>
        <translation>Partez d’un entraînement publié — avec les données d’entrée de ses auteurs et l’empreinte qu’ils ont déclarée à côté de l’estimation de Greenlight — ou d’un gabarit.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Published CO₂e</source>
        <translation>CO₂e publié</translation>
    </message>
    <message>
        <source>Greenlight CO₂e</source>
        <translation>CO₂e Greenlight</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Published runs show the reported footprint, Greenlight&apos;s estimate from the same inputs and their ratio (estimate ÷ published). Double-click to add to the project.</source>
        <translation>Les entraînements publiés affichent l’empreinte déclarée, l’estimation de Greenlight à partir des mêmes données et leur ratio (estimation ÷ publié). Double-cliquez pour ajouter au projet.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>Published footprint and Greenlight&apos;s estimate</source>
        <translation>Empreinte publiée et estimation de Greenlight</translation>
    </message>
    <message>
        <source>Greenlight&apos;s estimate of the run from the inputs below, beside the published figure. Ratio = estimate ÷ published.</source>
        <translation>Estimation de Greenlight pour cet entraînement à partir des données ci-dessous, à côté du chiffre publié. Ratio = estimation ÷ publié.</translation>
    </message>
    <message>
        <source>Inputs of the preset</source>
        <translation>Données d’entrée du préréglage</translation>
    </message>
    <message>
        <source>&amp;Add to Project</source>
        <translation>&amp;Ajouter au projet</translation>
    </message>
    <message>
        <source>Add the preset&apos;s scenario to the open project (one undo step).</source>
        <translation>Ajouter le scénario du préréglage au projet ouvert (une seule étape d’annulation).</translation>
    </message>
    <message>
        <source>&amp;Open as New Project</source>
        <translation>&amp;Ouvrir comme nouveau projet</translation>
    </message>
    <message>
        <source>Start a new project holding only this scenario.</source>
        <translation>Créer un nouveau projet ne contenant que ce scénario.</translation>
    </message>
    <message>
        <source>Some presets could not be loaded: %1</source>
        <translation>Certains préréglages n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Published run</source>
        <translation>Entraînement publié</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>Published training run</source>
        <translation>Entraînement publié</translation>
    </message>
    <message>
        <source>Template — adapt the inputs to your plan</source>
        <translation>Gabarit — adaptez les données d’entrée à votre projet</translation>
    </message>
    <message>
        <source>Energy, MWh (facility)</source>
        <translation>Énergie, MWh (installation)</translation>
    </message>
    <message>
        <source>Energy, MWh (IT, before PUE)</source>
        <translation>Énergie, MWh (IT, avant PUE)</translation>
    </message>
    <message>
        <source>CO₂e, t (location-based)</source>
        <translation>CO₂e, t (basé sur la localisation)</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Heures-accélérateur</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Energy (facility)</source>
        <translation>Énergie (installation)</translation>
    </message>
    <message>
        <source>CO₂e (location-based)</source>
        <translation>CO₂e (basé sur la localisation)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Estimate with the catalog&apos;s defaults for everything the template leaves open.</source>
        <translation>Estimation avec les valeurs par défaut du catalogue pour tout ce que le gabarit laisse ouvert.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Données d’entrée</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1 billion parameters</source>
        <translation>%1 milliards de paramètres</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Measured IT energy</source>
        <translation>Énergie IT mesurée</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Power per accelerator</source>
        <translation>Puissance par accélérateur</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Intensité du réseau</translation>
    </message>
    <message>
        <source> g CO₂e/kWh</source>
        <translation> g CO₂e/kWh</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::RegionPicker</name>
    <message>
        <source>(none: give the intensity)</source>
        <translation>(aucune : indiquez l’intensité)</translation>
    </message>
    <message>
        <source>Search countries, grids, cloud regions…</source>
        <translation>Rechercher des pays, réseaux, régions cloud…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioEditor</name>
    <message>
        <source>Scenario name</source>
        <translation>Nom du scénario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First principles (6·N·D FLOPs)</source>
        <translation>Premiers principes (6·N·D FLOP)</translation>
    </message>
    <message>
        <source>Devices × duration</source>
        <translation>Accélérateurs × durée</translation>
    </message>
    <message>
        <source>Accelerator-hours (published)</source>
        <translation>Heures-accélérateur (publiées)</translation>
    </message>
    <message>
        <source>Measured IT energy</source>
        <translation>Énergie IT mesurée</translation>
    </message>
    <message>
        <source>How the amount of compute is given</source>
        <translation>Comment la quantité de calcul est indiquée</translation>
    </message>
    <message>
        <source>Workload given as</source>
        <translation>Charge de travail exprimée en</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Activated parameters (for MoE: per token)</source>
        <translation>Paramètres activés (pour les MoE : par jeton)</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>Md</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Jetons d’entraînement</translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation>Jetons vus pendant l’entraînement</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: achieved / peak throughput</source>
        <translation>Taux d’utilisation des FLOP du modèle : débit atteint / débit crête</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Numeric precision of training: sets the accelerator&apos;s peak throughput</source>
        <translation>Précision numérique de l’entraînement : détermine le débit crête de l’accélérateur</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Wall-clock duration of the run</source>
        <translation>Durée réelle de l’entraînement</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Heures-accélérateur</translation>
    </message>
    <message>
        <source>Total accelerator-hours</source>
        <translation>Total d’heures-accélérateur</translation>
    </message>
    <message>
        <source>Energy measured at the IT equipment, before PUE</source>
        <translation>Énergie mesurée au niveau des équipements IT, avant PUE</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Experiments multiplier</source>
        <translation>Multiplicateur d’expérimentations</translation>
    </message>
    <message>
        <source>Hyper-parameter search, ablations and failed runs, as a multiple of the main run</source>
        <translation>Recherche d’hyperparamètres, ablations et exécutions échouées, en multiple de l’exécution principale</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Model &amp;&amp; workload</source>
        <translation>Modèle &amp;&amp; charge de travail</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accélérateur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Number of accelerators</source>
        <translation>Nombre d’accélérateurs</translation>
    </message>
    <message>
        <source>dev.</source>
        <translation>acc.</translation>
    </message>
    <message>
        <source>Measured power</source>
        <translation>Puissance mesurée</translation>
    </message>
    <message>
        <source>All-in average power per accelerator (measured): nothing is added to it</source>
        <translation>Puissance moyenne tout compris par accélérateur (mesurée) : rien n’y est ajouté</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Facteur de charge</translation>
    </message>
    <message>
        <source>Average power as a fraction of TDP</source>
        <translation>Puissance moyenne en fraction du TDP</translation>
    </message>
    <message>
        <source>× TDP</source>
        <translation>× TDP</translation>
    </message>
    <message>
        <source>Host overhead</source>
        <translation>Surcoût de l’hôte</translation>
    </message>
    <message>
        <source>CPU, memory and network power as a fraction of accelerator power</source>
        <translation>Puissance CPU, mémoire et réseau en fraction de la puissance des accélérateurs</translation>
    </message>
    <message>
        <source>Idle share</source>
        <translation>Part d’inactivité</translation>
    </message>
    <message>
        <source>Idle energy of reserved nodes, as a fraction of dynamic energy</source>
        <translation>Énergie d’inactivité des nœuds réservés, en fraction de l’énergie dynamique</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Intensité du réseau</translation>
    </message>
    <message>
        <source>Overrides the region&apos;s annual grid carbon intensity</source>
        <translation>Remplace l’intensité carbone annuelle du réseau de la région</translation>
    </message>
    <message>
        <source>g/kWh</source>
        <translation>g/kWh</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness of the facility (1 = no overhead)</source>
        <translation>Indicateur d’efficacité énergétique (PUE) de l’installation (1 = aucun surcoût)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>Renewable share</source>
        <translation>Part renouvelable</translation>
    </message>
    <message>
        <source>Share of the energy covered by contractual instruments (market-based accounting)</source>
        <translation>Part de l’énergie couverte par des instruments contractuels (comptabilité basée sur le marché)</translation>
    </message>
    <message>
        <source>Residual mix</source>
        <translation>Mix résiduel</translation>
    </message>
    <message>
        <source>Intensity of the non-renewable share in market-based accounting</source>
        <translation>Intensité de la part non renouvelable dans la comptabilité basée sur le marché</translation>
    </message>
    <message>
        <source>WUE (on-site)</source>
        <translation>WUE (sur site)</translation>
    </message>
    <message>
        <source>On-site water usage effectiveness</source>
        <translation>Efficacité d’utilisation de l’eau (WUE) sur site</translation>
    </message>
    <message>
        <source>L/kWh</source>
        <translation>L/kWh</translation>
    </message>
    <message>
        <source>Water of electricity</source>
        <translation>Eau de l’électricité</translation>
    </message>
    <message>
        <source>Off-site water intensity of the electricity (EWIF)</source>
        <translation>Intensité hydrique hors site de l’électricité (EWIF)</translation>
    </message>
    <message>
        <source>Embodied per device</source>
        <translation>Carbone intrinsèque par appareil</translation>
    </message>
    <message>
        <source>Manufacturing CO2e per accelerator, chip and server share</source>
        <translation>CO2e de fabrication par accélérateur, puce et quote-part du serveur</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>Service life</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>Years over which embodied carbon is amortised</source>
        <translation>Années sur lesquelles le carbone intrinsèque est amorti</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Hardware &amp;&amp; site</source>
        <translation>Matériel &amp;&amp; site</translation>
    </message>
    <message>
        <source>Automatic (rental when a price is known)</source>
        <translation>Automatique (location si un prix est connu)</translation>
    </message>
    <message>
        <source>Rental (per accelerator-hour)</source>
        <translation>Location (par heure-accélérateur)</translation>
    </message>
    <message>
        <source>Owned (energy + amortised capital)</source>
        <translation>En propriété (énergie + investissement amorti)</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>Modèle de coût</translation>
    </message>
    <message>
        <source>Rental price</source>
        <translation>Prix de location</translation>
    </message>
    <message>
        <source>Price per accelerator-hour</source>
        <translation>Prix par heure-accélérateur</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>Prix de l’électricité</translation>
    </message>
    <message>
        <source>Price of facility energy</source>
        <translation>Prix de l’énergie de l’installation</translation>
    </message>
    <message>
        <source>USD/kWh</source>
        <translation>USD/kWh</translation>
    </message>
    <message>
        <source>Capital cost</source>
        <translation>Coût d’investissement</translation>
    </message>
    <message>
        <source>Purchase cost per accelerator (owned)</source>
        <translation>Coût d’achat par accélérateur (en propriété)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>Prix du carbone</translation>
    </message>
    <message>
        <source>Internal carbon price, or a social cost of carbon</source>
        <translation>Prix interne du carbone, ou coût social du carbone</translation>
    </message>
    <message>
        <source>USD/t</source>
        <translation>USD/t</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Leviers</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>Scenario notes</source>
        <translation>Notes du scénario</translation>
    </message>
    <message>
        <source>Assumptions, sources, what this scenario stands for…</source>
        <translation>Hypothèses, sources, ce que représente ce scénario…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Another scenario is already named &quot;%1&quot;.</source>
        <translation>Un autre scénario s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Change workload mode</source>
        <translation>Changer le mode de charge de travail</translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation>Changer la précision</translation>
    </message>
    <message>
        <source>Change accelerator</source>
        <translation>Changer l’accélérateur</translation>
    </message>
    <message>
        <source>Change region</source>
        <translation>Changer la région</translation>
    </message>
    <message>
        <source>Change cost model</source>
        <translation>Changer le modèle de coût</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Accelerator default (%1)</source>
        <translation>Valeur par défaut de l’accélérateur (%1)</translation>
    </message>
    <message>
        <source>Accelerator default</source>
        <translation>Valeur par défaut de l’accélérateur</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut : %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Cannot estimate: %1</source>
        <translation>Estimation impossible : %1</translation>
    </message>
    <message>
        <source>%1 MWh (%2)</source>
        <translation>%1 MWh (%2)</translation>
    </message>
    <message>
        <source>%1 t CO2e</source>
        <translation>%1 t CO2e</translation>
    </message>
    <message>
        <source>%1 accelerator-hours</source>
        <translation>%1 heures-accélérateur</translation>
    </message>
    <message>
        <source>Published: %1 — %2</source>
        <translation>Publié : %1 — %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioListModel</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (référence)</translation>
    </message>
    <message>
        <source>Cannot be estimated: %1</source>
        <translation>Estimation impossible : %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Include in comparison</source>
        <translation>Inclure dans la comparaison</translation>
    </message>
    <message>
        <source>Exclude from comparison</source>
        <translation>Exclure de la comparaison</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioListPanel</name>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>Dupliquer le scénario sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Supprimer le scénario sélectionné</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Déplacer vers le haut</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Déplacer vers le bas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Choose the scenario&apos;s colour</source>
        <translation>Choisir la couleur du scénario</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Mark as the baseline for comparisons</source>
        <translation>Définir comme référence pour les comparaisons</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Scenario colour</source>
        <translation>Couleur du scénario</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScheduleChart</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Grid intensity (g CO2e/kWh)</source>
        <translation>Intensité du réseau (g CO2e/kWh)</translation>
    </message>
    <message>
        <source>Schedule: the selected scenario&apos;s region has no hourly profile.
Hourly profiles ship for eight US balancing areas (e.g. US-CISO, US-ERCO, US-PJM);
the CLI&apos;s schedule command imports others.</source>
        <translation>Planification : la région du scénario sélectionné n’a pas de profil horaire.
Des profils horaires sont fournis pour huit zones d’équilibrage américaines (p. ex. US-CISO, US-ERCO, US-PJM) ;
la commande schedule de la CLI en importe d’autres.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Planification : %1</translation>
    </message>
    <message>
        <source>Schedule: %1
best start of a %2 run: %3 UTC (%4, vs %5 starting at the window&apos;s start)</source>
        <translation>Planification : %1
meilleur départ pour une exécution de %2 : %3 UTC (%4, contre %5 en démarrant au début de la fenêtre)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::TornadoChart</name>
    <message>
        <source>Input at the low end of its range</source>
        <translation>Donnée d’entrée à la borne basse de sa plage</translation>
    </message>
    <message>
        <source>Input at the high end of its range</source>
        <translation>Donnée d’entrée à la borne haute de sa plage</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %4 → %5&lt;br&gt;%3 %4 → %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %4 → %5&lt;br&gt;%3 %4 → %6</translation>
    </message>
    <message>
        <source>Sensitivity of total CO2e</source>
        <translation>Sensibilité du CO2e total</translation>
    </message>
    <message>
        <source>Sensitivity of total CO2e — %1 (central %2)</source>
        <translation>Sensibilité du CO2e total — %1 (valeur centrale %2)</translation>
    </message>
    <message>
        <source>Change in total CO2e from the central estimate (t)</source>
        <translation>Variation du CO2e total par rapport à l’estimation centrale (t)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::TradeoffChart</name>
    <message>
        <source>Trade-off: CO2e against cost</source>
        <translation>Compromis : CO2e en fonction du coût</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>CO2e, total (t)</source>
        <translation>CO2e, total (t)</translation>
    </message>
    <message>
        <source>Pareto front (no scenario is both cleaner and cheaper)</source>
        <translation>Front de Pareto (aucun scénario n’est à la fois plus propre et moins cher)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>P5–P95 (Monte Carlo)</source>
        <translation>P5–P95 (Monte-Carlo)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::UncertaintyEditor</name>
    <message>
        <source>Input</source>
        <translation>Donnée d’entrée</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Valeur centrale</translation>
    </message>
    <message>
        <source>Catalog range</source>
        <translation>Plage du catalogue</translation>
    </message>
    <message>
        <source>Your range</source>
        <translation>Votre plage</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Input ranges</source>
        <translation>Plages des données d’entrée</translation>
    </message>
    <message>
        <source>Inputs set in the scenario are fixed unless you give them a range. Lognormal: low and high are P5 and P95, mode the median.</source>
        <translation>Les données définies dans le scénario sont fixes, sauf si vous leur donnez une plage. Log-normale : bas et haut sont P5 et P95, le mode est la médiane.</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Plage de %1</translation>
    </message>
    <message>
        <source>Total CO2e (training): P5 %1, P50 %2, P95 %3 — %4 samples, seed %5, %6 varied inputs</source>
        <translation>CO2e total (entraînement) : P5 %1, P50 %2, P95 %3 — %4 échantillons, graine %5, %6 données variées</translation>
    </message>
    <message>
        <source>This scenario cannot be estimated yet.</source>
        <translation>Ce scénario ne peut pas encore être estimé.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>catalog / as set</source>
        <translation>catalogue / tel que défini</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the energy, carbon, water and cost of ML training runs.</source>
        <translation>Planifier l’énergie, le carbone, l’eau et le coût des entraînements de modèles de ML.</translation>
    </message>
    <message>
        <source>Project file to open (default: the example).</source>
        <translation>Fichier de projet à ouvrir (par défaut : l’exemple).</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (tests, screenshots).</source>
        <translation>Quitter après &lt;ms&gt; millisecondes (tests, captures d’écran).</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and the memory used.</source>
        <translation>Afficher le temps jusqu’au premier affichage de la fenêtre et la mémoire utilisée.</translation>
    </message>
</context>
</TS>
