<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountingText</name>
    <message>
        <source>life cycle for %1</source>
        <translation>cycle de vie pour %1</translation>
    </message>
    <message>
        <source>direct (combustion only, no published life-cycle figure) for %1</source>
        <translation>direct (combustion seule, pas de chiffre en cycle de vie publié) pour %1</translation>
    </message>
    <message>
        <source>basis not stated by the source for %1</source>
        <translation>base non indiquée par la source pour %1</translation>
    </message>
    <message>
        <source>Grid figures on different bases: %1. A direct figure leaves out building and fuelling the plants and looks cleaner.</source>
        <translation>Chiffres de réseau sur des bases différentes&#x202f;: %1. Un chiffre direct omet la construction et l’approvisionnement des centrales et paraît plus propre.</translation>
    </message>
    <message>
        <source>Grid data years %1 years apart: %2 for %3, %4 for %5.</source>
        <translation>Années des données de réseau distantes de %1 ans&#x202f;: %2 pour %3, %4 pour %5.</translation>
    </message>
    <message>
        <source>PUE from different sources: the industry-average default %1 for %2 (no PUE for a country or grid region), the data centre&apos;s own for %3. Set the PUE to compare the grids alone.</source>
        <translation>PUE de sources différentes&#x202f;: la valeur moyenne du secteur %1 pour %2 (pas de PUE pour un pays ou une zone de réseau), celle du centre de données pour %3. Fixez le PUE pour ne comparer que les réseaux.</translation>
    </message>
    <message>
        <source>grid figures on different bases (direct: %1)</source>
        <translation>chiffres de réseau sur des bases différentes (direct&#x202f;: %1)</translation>
    </message>
    <message>
        <source>grid data years %1 years apart</source>
        <translation>années des données de réseau distantes de %1 ans</translation>
    </message>
    <message>
        <source>default PUE for %1</source>
        <translation>PUE par défaut pour %1</translation>
    </message>
</context>
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
        <translation>Associer l’exécution mesurée à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Déplacer le scénario</translation>
    </message>
    <message>
        <source>Remove measured run “%1”</source>
        <translation>Supprimer l’exécution mesurée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>accelerator-hours (given)</source>
        <translation>heures-accélérateur (indiquées)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>wall-clock duration</source>
        <translation>durée réelle</translation>
    </message>
    <message>
        <source>accelerators</source>
        <translation>accélérateurs</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>appareils</translation>
    </message>
    <message>
        <source>parameters (activated)</source>
        <translation>paramètres (activés)</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>milliard</translation>
    </message>
    <message>
        <source>training tokens</source>
        <translation>tokens d’entraînement</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>model FLOPs utilisation</source>
        <translation>utilisation des FLOP du modèle (MFU)</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fraction</translation>
    </message>
    <message>
        <source>peak dense throughput</source>
        <translation>débit dense maximal</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>measured IT energy</source>
        <translation>énergie informatique mesurée</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>experiments multiplier</source>
        <translation>multiplicateur d’expérimentations</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>measured average power per accelerator (all-in)</source>
        <translation>puissance moyenne mesurée par accélérateur (tout compris)</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>accelerator TDP</source>
        <translation>TDP de l’accélérateur</translation>
    </message>
    <message>
        <source>load factor (average power / TDP)</source>
        <translation>facteur de charge (puissance moyenne / TDP)</translation>
    </message>
    <message>
        <source>host overhead (CPU, DRAM, network)</source>
        <translation>surcoût de l’hôte (CPU, DRAM, réseau)</translation>
    </message>
    <message>
        <source>fraction of accelerator power</source>
        <translation>fraction de la puissance de l’accélérateur</translation>
    </message>
    <message>
        <source>idle energy share</source>
        <translation>part de l’énergie d’inactivité</translation>
    </message>
    <message>
        <source>fraction of dynamic energy</source>
        <translation>fraction de l’énergie dynamique</translation>
    </message>
    <message>
        <source>grid carbon intensity</source>
        <translation>intensité carbone du réseau électrique</translation>
    </message>
    <message>
        <source>g CO2e/kWh</source>
        <translation>g CO2e/kWh</translation>
    </message>
    <message>
        <source>power usage effectiveness (PUE)</source>
        <translation>efficacité énergétique (PUE)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>renewable share (contractual)</source>
        <translation>part d’énergie renouvelable (contractuelle)</translation>
    </message>
    <message>
        <source>residual-mix intensity</source>
        <translation>intensité du mix résiduel</translation>
    </message>
    <message>
        <source>on-site water usage effectiveness (WUE)</source>
        <translation>efficacité de l’utilisation de l’eau sur site (WUE)</translation>
    </message>
    <message>
        <source>L/kWh</source>
        <translation>L/kWh</translation>
    </message>
    <message>
        <source>water intensity of electricity (EWIF)</source>
        <translation>intensité en eau de l’électricité (EWIF)</translation>
    </message>
    <message>
        <source>embodied carbon per accelerator</source>
        <translation>carbone intrinsèque par accélérateur</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>service life</source>
        <translation>durée de vie</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>rental price</source>
        <translation>prix de location</translation>
    </message>
    <message>
        <source>USD per accelerator-hour</source>
        <translation>USD par heure-accélérateur</translation>
    </message>
    <message>
        <source>electricity price</source>
        <translation>prix de l’électricité</translation>
    </message>
    <message>
        <source>USD/kWh</source>
        <translation>USD/kWh</translation>
    </message>
    <message>
        <source>capital cost per accelerator</source>
        <translation>coût d’investissement par accélérateur</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>carbon price</source>
        <translation>prix du carbone</translation>
    </message>
    <message>
        <source>USD/t CO2e</source>
        <translation>USD/t CO2e</translation>
    </message>
    <message>
        <source>training FLOPs per parameter and token</source>
        <translation>FLOP d’entraînement par paramètre et par token</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>accelerator-hours</source>
        <translation>heures-accélérateur</translation>
    </message>
    <message>
        <source>wall-clock time of the run</source>
        <translation>durée réelle de l’exécution</translation>
    </message>
    <message>
        <source>training compute</source>
        <translation>calcul d’entraînement</translation>
    </message>
    <message>
        <source>average power per accelerator</source>
        <translation>puissance moyenne par accélérateur</translation>
    </message>
    <message>
        <source>dynamic IT energy</source>
        <translation>énergie informatique dynamique</translation>
    </message>
    <message>
        <source>idle energy</source>
        <translation>énergie d’inactivité</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>énergie informatique</translation>
    </message>
    <message>
        <source>facility energy</source>
        <translation>énergie de l’installation</translation>
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
        <source>CO2e, embodied (amortised)</source>
        <translation>CO2e, intrinsèque (amorti)</translation>
    </message>
    <message>
        <source>CO2e, total (location-based + embodied)</source>
        <translation>CO2e, total (basé sur la localisation + intrinsèque)</translation>
    </message>
    <message>
        <source>water, on-site</source>
        <translation>eau, sur site</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>water, off-site (electricity)</source>
        <translation>eau, hors site (électricité)</translation>
    </message>
    <message>
        <source>water, total</source>
        <translation>eau, total</translation>
    </message>
    <message>
        <source>cost of compute</source>
        <translation>coût du calcul</translation>
    </message>
    <message>
        <source>cost, total</source>
        <translation>coût, total</translation>
    </message>
    <message>
        <source>inference energy (facility, whole deployment)</source>
        <translation>énergie d’inférence (installation, déploiement complet)</translation>
    </message>
    <message>
        <source>inference CO2e (location-based + embodied)</source>
        <translation>CO2e d’inférence (basé sur la localisation + intrinsèque)</translation>
    </message>
    <message>
        <source>inference water</source>
        <translation>eau d’inférence</translation>
    </message>
    <message>
        <source>inference cost</source>
        <translation>coût d’inférence</translation>
    </message>
    <message>
        <source>lifecycle energy (training + inference)</source>
        <translation>énergie sur le cycle de vie (entraînement + inférence)</translation>
    </message>
    <message>
        <source>lifecycle CO2e (training + inference)</source>
        <translation>CO2e sur le cycle de vie (entraînement + inférence)</translation>
    </message>
    <message>
        <source>lifecycle cost (training + inference)</source>
        <translation>coût sur le cycle de vie (entraînement + inférence)</translation>
    </message>
    <message>
        <source>energy per request (facility)</source>
        <translation>énergie par requête (installation)</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>CO2e per request</source>
        <translation>CO2e par requête</translation>
    </message>
    <message>
        <source>g CO2e</source>
        <translation>g CO2e</translation>
    </message>
    <message>
        <source>pruning</source>
        <translation>élagage</translation>
    </message>
    <message>
        <source>quantisation</source>
        <translation>quantification</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>distillation</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfert</translation>
    </message>
    <message>
        <source>experiments</source>
        <translation>expérimentations</translation>
    </message>
    <message>
        <source>Is the incremental gain worth the cost?</source>
        <translation>Le gain supplémentaire justifie-t-il le coût&#xa0;?</translation>
    </message>
    <message>
        <source>Compare the expected benefit with the baseline&apos;s lifecycle CO2e and cost, and with the lowest-footprint alternative considered.</source>
        <translation>Comparez le bénéfice attendu avec le CO2e et le coût sur le cycle de vie du scénario de référence, ainsi qu’avec l’alternative à l’empreinte la plus faible envisagée.</translation>
    </message>
    <message>
        <source>Could transfer learning or a smaller model do?</source>
        <translation>L’apprentissage par transfert ou un modèle plus petit suffirait-il&#xa0;?</translation>
    </message>
    <message>
        <source>The CO2e of the smaller-model, fine-tune and distil alternatives as a share of the baseline.</source>
        <translation>Le CO2e des alternatives modèle plus petit, affinage et distillation, en part du scénario de référence.</translation>
    </message>
    <message>
        <source>Are pruning, quantisation or distillation planned for deployment?</source>
        <translation>L’élagage, la quantification ou la distillation sont-ils prévus pour le déploiement&#xa0;?</translation>
    </message>
    <message>
        <source>The levers set on the baseline and the inference share of its lifecycle CO2e.</source>
        <translation>Les leviers appliqués au scénario de référence et la part de l’inférence dans son CO2e sur le cycle de vie.</translation>
    </message>
    <message>
        <source>Is the hardware efficient and the region low-carbon?</source>
        <translation>Le matériel est-il efficace et la région bas carbone&#xa0;?</translation>
    </message>
    <message>
        <source>The accelerator and its release year, the PUE, and the region&apos;s grid intensity against the lowest-intensity region of the same provider in the catalog.</source>
        <translation>L’accélérateur et son année de sortie, le PUE et l’intensité du réseau de la région comparée à la région la moins intensive du même fournisseur dans le catalogue.</translation>
    </message>
    <message>
        <source>Can the run be scheduled at low-carbon hours?</source>
        <translation>L’exécution peut-elle être planifiée aux heures bas carbone&#xa0;?</translation>
    </message>
    <message>
        <source>The CO2e saved by the best start time on the region&apos;s hourly intensity profile, against the annual average.</source>
        <translation>Le CO2e économisé par la meilleure heure de début sur le profil horaire d’intensité de la région, par rapport à la moyenne annuelle.</translation>
    </message>
    <message>
        <source>What is the inference footprint over the model&apos;s life?</source>
        <translation>Quelle est l’empreinte de l’inférence sur la durée de vie du modèle&#xa0;?</translation>
    </message>
    <message>
        <source>Inference CO2e over the deployment period, its share of the lifecycle, and CO2e per request.</source>
        <translation>CO2e d’inférence sur la période de déploiement, sa part dans le cycle de vie et CO2e par requête.</translation>
    </message>
    <message>
        <source>INT8 W8A8 with outlier smoothing: negligible accuracy loss on models up to 176 B (SmoothQuant, Xiao et al. 2023); naive INT8 can lose much more; not measured for this model</source>
        <translation>INT8 W8A8 avec lissage des valeurs aberrantes : perte de précision négligeable sur des modèles jusqu’à 176 Md de paramètres (SmoothQuant, Xiao et al. 2023) ; un INT8 naïf peut perdre bien plus ; non mesuré pour ce modèle</translation>
    </message>
    <message>
        <source>one-shot 2:4 roughly doubles perplexity (Llama-2-7B 5.12 → 10.17, SparseGPT); with retraining and distillation 98.4 % of the dense accuracy is recovered (Sparse-Llama-3.1-8B); not measured for this model</source>
        <translation>l’élagage 2:4 en une passe double environ la perplexité (Llama-2-7B 5,12 → 10,17, SparseGPT) ; avec réentraînement et distillation, 98,4 % de la précision dense est récupérée (Sparse-Llama-3.1-8B) ; non mesuré pour ce modèle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>distilled student: share of the teacher&apos;s quality retained, as stated in the scenario</source>
        <translation>élève distillé : part de la qualité du maître conservée, selon le scénario</translation>
    </message>
    <message>
        <source>unknown: the scenario changes the model and states no quality figure</source>
        <translation>inconnu : le scénario modifie le modèle sans indiquer de qualité</translation>
    </message>
    <message>
        <source>unchanged model</source>
        <translation>modèle inchangé</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>aucun modèle</translation>
    </message>
    <message>
        <source>host power per accelerator (server share)</source>
        <translation>puissance de l’hôte par accélérateur (part du serveur)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source> bn</source>
        <translation> Md</translation>
    </message>
    <message>
        <source> M</source>
        <translation> M</translation>
    </message>
    <message>
        <source> k</source>
        <translation> k</translation>
    </message>
    <message>
        <source>1 USD = %1 %2 (%3, %4)</source>
        <translation>1 USD = %1 %2 (%3, %4)</translation>
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
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tool: %1 %2</source>
        <translation>Outil&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hardware: %1</source>
        <translation>Matériel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
    <message>
        <source>PUE applied by the tool: %1 (%2)</source>
        <translation>PUE appliqué par l’outil&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
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
    <message>
        <source>thousand %1</source>
        <translation>milliers de %1</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>millions de %1</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <source>Smaller model</source>
        <translation>Modèle plus petit</translation>
    </message>
    <message>
        <source>Fine-tune an existing model</source>
        <translation>Affiner un modèle existant</translation>
    </message>
    <message>
        <source>Distil</source>
        <translation>Distiller</translation>
    </message>
    <message>
        <source>Other region</source>
        <translation>Autre région</translation>
    </message>
    <message>
        <source>Other time</source>
        <translation>Autre moment</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>million L</source>
        <translation>millions de L</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Approuvé sous conditions</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <source>Smaller model</source>
        <translation>Modèle plus petit</translation>
    </message>
    <message>
        <source>Fine-tune an existing model</source>
        <translation>Affiner un modèle existant</translation>
    </message>
    <message>
        <source>Distil</source>
        <translation>Distiller</translation>
    </message>
    <message>
        <source>Other region</source>
        <translation>Autre région</translation>
    </message>
    <message>
        <source>Other time</source>
        <translation>Autre moment</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Greenlight — need-and-impact report</source>
        <translation>Greenlight — rapport de besoin et d’impact</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <source>Estimates computed by Greenlight from the project&apos;s scenarios and the cited catalog. Ranges are the 5th to 95th percentiles of a Monte Carlo simulation (%1 samples, seed %2).</source>
        <translation>Estimations calculées par Greenlight à partir des scénarios du projet et du catalogue cité. Les plages vont du 5e au 95e centile d’une simulation Monte Carlo (%1 tirages, graine %2).</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>No scenario of this project could be evaluated; see the comparison table for the reasons.</source>
        <translation>Aucun scénario de ce projet n’a pu être évalué&#xa0;; voir le tableau comparatif pour les raisons.</translation>
    </message>
    <message>
        <source>Baseline scenario: %1. %2 scenario(s) compared in total.</source>
        <translation>Scénario de référence&#xa0;: %1. %2 scénario(s) comparé(s) au total.</translation>
    </message>
    <message>
        <source>Facility energy (training)</source>
        <translation>Énergie de l’installation (entraînement)</translation>
    </message>
    <message>
        <source>Total CO2e (training)</source>
        <translation>CO2e total (entraînement)</translation>
    </message>
    <message>
        <source>Water (training)</source>
        <translation>Eau (entraînement)</translation>
    </message>
    <message>
        <source>Cost (training)</source>
        <translation>Coût (entraînement)</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Lifecycle CO2e (training + inference)</source>
        <translation>CO2e sur le cycle de vie (entraînement + inférence)</translation>
    </message>
    <message>
        <source>Lifecycle energy (training + inference)</source>
        <translation>Énergie sur le cycle de vie (entraînement + inférence)</translation>
    </message>
    <message>
        <source>Key number</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Central estimate</source>
        <translation>Estimation centrale</translation>
    </message>
    <message>
        <source>P5 – P95</source>
        <translation>P5 – P95</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>No lever or alternative in this project lowers the baseline&apos;s CO2e.</source>
        <translation>Aucun levier ni aucune alternative de ce projet ne réduit le CO2e du scénario de référence.</translation>
    </message>
    <message>
        <source>it also saves %1 per tonne of CO2e avoided</source>
        <translation>elle économise aussi %1 par tonne de CO2e évitée</translation>
    </message>
    <message>
        <source>at %1 per tonne of CO2e avoided</source>
        <translation>pour %1 par tonne de CO2e évitée</translation>
    </message>
    <message>
        <source>Largest saving: &lt;b&gt;%1&lt;/b&gt; saves %2 (P5–P95: %3); %4.</source>
        <translation>Plus forte économie&#xa0;: &lt;b&gt;%1&lt;/b&gt; économise %2 (P5–P95&#xa0;: %3)&#xa0;; %4.</translation>
    </message>
    <message>
        <source>Equivalences</source>
        <translation>Équivalences</translation>
    </message>
    <message>
        <source>The baseline&apos;s training CO2e (%1) is about as much as:</source>
        <translation>Le CO2e d’entraînement du scénario de référence (%1) équivaut environ à&#xa0;:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Conditions&#xa0;:</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Comparaison des scénarios</translation>
    </message>
    <message>
        <source>Training footprint of every scenario: central estimate, P5–P95 range underneath. S-numbers label the charts.</source>
        <translation>Empreinte d’entraînement de chaque scénario&#xa0;: estimation centrale, plage P5–P95 en dessous. Les numéros S désignent les graphiques.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>not evaluated: %1</source>
        <translation>non évalué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Énergie de l’installation</translation>
    </message>
    <message>
        <source>Total CO2e</source>
        <translation>CO2e total</translation>
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
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Lifecycle and break-even</source>
        <translation>Cycle de vie et seuil de rentabilité</translation>
    </message>
    <message>
        <source>No scenario of this project has a deployment, so there is no inference phase or break-even to show.</source>
        <translation>Aucun scénario de ce projet n’a de déploiement&#xa0;: il n’y a donc ni phase d’inférence ni seuil de rentabilité à afficher.</translation>
    </message>
    <message>
        <source>Training CO2e</source>
        <translation>CO2e d’entraînement</translation>
    </message>
    <message>
        <source>Inference CO2e</source>
        <translation>CO2e d’inférence</translation>
    </message>
    <message>
        <source>Lifecycle CO2e</source>
        <translation>CO2e sur le cycle de vie</translation>
    </message>
    <message>
        <source>CO2e per request</source>
        <translation>CO2e par requête</translation>
    </message>
    <message>
        <source>Break-even against the baseline (CO2e)</source>
        <translation>Seuil de rentabilité par rapport au scénario de référence (CO2e)</translation>
    </message>
    <message>
        <source>%1, costlier to train, is cleaner overall after %2 requests</source>
        <translation>%1, plus coûteux à entraîner, devient plus sobre au total après %2 requêtes</translation>
    </message>
    <message>
        <source>identical lifecycles</source>
        <translation>cycles de vie identiques</translation>
    </message>
    <message>
        <source>never: the scenario costlier to train does not catch up</source>
        <translation>jamais&#xa0;: le scénario plus coûteux à entraîner ne rattrape pas son retard</translation>
    </message>
    <message>
        <source>, within the deployment</source>
        <translation>, pendant le déploiement</translation>
    </message>
    <message>
        <source>, after the deployment ends</source>
        <translation>, après la fin du déploiement</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Seuil de rentabilité</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>No input of the baseline has a range.</source>
        <translation>Aucune entrée du scénario de référence n’a de plage.</translation>
    </message>
    <message>
        <source>How far the baseline&apos;s total CO2e (central %1) moves when one input goes to the low or the high end of its range, every other input at its central value.</source>
        <translation>Variation du CO2e total du scénario de référence (valeur centrale %1) lorsqu’une entrée passe à la borne basse ou haute de sa plage, toutes les autres entrées restant à leur valeur centrale.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Donnée d’entrée</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>CO2e at low</source>
        <translation>CO2e en borne basse</translation>
    </message>
    <message>
        <source>CO2e at high</source>
        <translation>CO2e en borne haute</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>The baseline&apos;s region has no hourly grid-intensity profile in the catalog (profiles ship for eight US balancing areas), or the run is longer than the profile; no start window is proposed.</source>
        <translation>La région du scénario de référence n’a pas de profil horaire d’intensité du réseau dans le catalogue (des profils sont fournis pour huit zones d’équilibrage américaines), ou l’exécution est plus longue que le profil&#xa0;; aucune fenêtre de démarrage n’est proposée.</translation>
    </message>
    <message>
        <source>Best start window</source>
        <translation>Meilleure fenêtre de démarrage</translation>
    </message>
    <message>
        <source>Start at the window&apos;s start</source>
        <translation>Démarrage au début de la fenêtre</translation>
    </message>
    <message>
        <source>Worst start</source>
        <translation>Pire démarrage</translation>
    </message>
    <message>
        <source>A run of %1 using %2 of facility energy, placed on the hourly profile of its region (operational CO2e only).</source>
        <translation>Une exécution de %1 consommant %2 d’énergie de l’installation, placée sur le profil horaire de sa région (CO2e opérationnel uniquement).</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Intensité moyenne</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Need assessment and decision</source>
        <translation>Évaluation du besoin et décision</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Bénéfice attendu</translation>
    </message>
    <message>
        <source>How the benefit is measured</source>
        <translation>Mesure du bénéfice</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Examinateurs</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Alternatives considered</source>
        <translation>Alternatives envisagées</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucune enregistrée.</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reviewer checklist</source>
        <translation>Liste de contrôle de l’examinateur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Evidence from the estimates</source>
        <translation>Éléments issus des estimations</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Levers applied to the baseline and the other scenarios, ranked by the CO2e they save over the lifecycle (training, plus inference when deployed). A negative cost per tonne means the option also saves money.</source>
        <translation>Leviers appliqués au scénario de référence et aux autres scénarios, classés selon le CO2e économisé sur le cycle de vie (entraînement, plus l’inférence en cas de déploiement). Un coût par tonne négatif signifie que l’option fait aussi économiser de l’argent.</translation>
    </message>
    <message>
        <source>No option to compare.</source>
        <translation>Aucune option à comparer.</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>CO2e saved</source>
        <translation>CO2e économisé</translation>
    </message>
    <message>
        <source>Energy saved</source>
        <translation>Énergie économisée</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Variation du coût</translation>
    </message>
    <message>
        <source>Cost per tonne saved</source>
        <translation>Coût par tonne économisée</translation>
    </message>
    <message>
        <source>Measured runs against the estimate</source>
        <translation>Exécutions mesurées comparées à l’estimation</translation>
    </message>
    <message>
        <source>Runs measured with CodeCarbon or Carbontracker and linked to a scenario. Ratios are measured divided by estimated (facility energy; operational, location-based CO2e).</source>
        <translation>Exécutions mesurées avec CodeCarbon ou Carbontracker et associées à un scénario. Les ratios correspondent à la valeur mesurée divisée par la valeur estimée (énergie de l’installation&#xa0;; CO2e opérationnel basé sur la localisation).</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Measured energy</source>
        <translation>Énergie mesurée</translation>
    </message>
    <message>
        <source>Estimated energy</source>
        <translation>Énergie estimée</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Measured CO2e</source>
        <translation>CO2e mesuré</translation>
    </message>
    <message>
        <source>Estimated CO2e</source>
        <translation>CO2e estimé</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Every input the estimates used, with its source and year. Values the scenario sets are marked as such; the others come from the catalog. Identical values shared by several scenarios are listed once.</source>
        <translation>Toutes les entrées utilisées par les estimations, avec leur source et leur année. Les valeurs définies par le scénario sont signalées comme telles&#xa0;; les autres proviennent du catalogue. Les valeurs identiques partagées par plusieurs scénarios ne sont listées qu’une fois.</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inférence</translation>
    </message>
    <message>
        <source>set in the scenario</source>
        <translation>défini dans le scénario</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
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
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Methodology and explanation traces</source>
        <translation>Méthodologie et traces d’explication</translation>
    </message>
    <message>
        <source>Greenlight computes the training footprint from first principles (accelerator-hours × power × PUE × grid intensity, plus amortised embodied carbon), adds the inference phase when a deployment is defined, and propagates every input&apos;s range by Monte Carlo sampling (%1 samples, seed %2; inputs independent). Levers scale the training run afterwards. The traces below give every formula with the values put in (before levers); the full methodology with its citations is in docs/methodology.md.</source>
        <translation>Greenlight calcule l’empreinte de l’entraînement à partir des principes de base (heures-accélérateur × puissance × PUE × intensité du réseau, plus le carbone intrinsèque amorti), ajoute la phase d’inférence lorsqu’un déploiement est défini et propage la plage de chaque entrée par échantillonnage Monte Carlo (%1 tirages, graine %2&#xa0;; entrées indépendantes). Les leviers sont ensuite appliqués à l’exécution d’entraînement. Les traces ci-dessous donnent chaque formule avec les valeurs utilisées (avant leviers)&#xa0;; la méthodologie complète et ses références figure dans docs/methodology.md.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Formula, then with the values</source>
        <translation>Formule, puis avec les valeurs</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Greenlight report</source>
        <translation>Rapport Greenlight</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Greenlight report: %1</source>
        <translation>Rapport Greenlight&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1&#xa0;: écriture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: the PDF could not be produced</source>
        <translation>%1&#xa0;: le PDF n’a pas pu être produit</translation>
    </message>
    <message>
        <source>%1 × %2, %3, batch %4, %5 in + %6 out tokens, %7 % busy</source>
        <translation>%1 × %2, %3, lot de %4, %5 jetons en entrée + %6 en sortie, occupé à %7 %</translation>
    </message>
    <message>
        <source>measured energy per request</source>
        <translation>énergie mesurée par requête</translation>
    </message>
    <message>
        <source>Serving: energy per request by boundary (Wh)</source>
        <translation>Service : énergie par requête selon le périmètre (Wh)</translation>
    </message>
    <message>
        <source>From the serving model calibrated on published inference measurements (docs/validation-inference.md). Accelerator-only figures (what GPU power meters report) are the first column; IT adds the host and the idle capacity of the provisioned fleet; the facility figure adds the data-centre overhead (PUE). Embodied carbon of the serving hardware is shown beside the energy, not in it.</source>
        <translation>D’après le modèle de service calibré sur des mesures d’inférence publiées (docs/validation-inference.md). La première colonne donne les accélérateurs seuls (ce que mesurent les wattmètres des GPU) ; l’informatique ajoute l’hôte et la capacité inactive de la flotte provisionnée ; l’installation ajoute le surcoût du centre de données (PUE). Le carbone intrinsèque du matériel de service figure à côté de l’énergie, pas dedans.</translation>
    </message>
    <message>
        <source>Scenario and operating point</source>
        <translation>Scénario et point de fonctionnement</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Accélérateurs</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Idle capacity</source>
        <translation>Capacité inactive</translation>
    </message>
    <message>
        <source>Facility overhead</source>
        <translation>Surcoût de l’installation</translation>
    </message>
    <message>
        <source>Total (facility)</source>
        <translation>Total (installation)</translation>
    </message>
    <message>
        <source>Embodied CO2e</source>
        <translation>CO2e intrinsèque</translation>
    </message>
    <message>
        <source>Quality cost: %1</source>
        <translation>Coût en qualité : %1</translation>
    </message>
    <message>
        <source>Offsets retired: %1. They are reported beside the emissions and not subtracted: the location-based (%2) and market-based (%3) figures above stand as computed.</source>
        <translation>Compensations retirées&#x202f;: %1. Elles sont indiquées à côté des émissions et ne sont pas déduites&#x202f;: les chiffres basés sur la localisation (%2) et sur le marché (%3) ci-dessus restent tels que calculés.</translation>
    </message>
    <message>
        <source>%1: %2 of offsets retired, reported beside the emissions and not subtracted.</source>
        <translation>%1&#x202f;: %2 de compensations retirées, indiquées à côté des émissions et non déduites.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Facility energy per scenario (P5–P95 whiskers)</source>
        <translation>Énergie de l’installation par scénario (moustaches P5–P95)</translation>
    </message>
    <message>
        <source>Water per scenario (P5–P95 whiskers)</source>
        <translation>Eau par scénario (moustaches P5–P95)</translation>
    </message>
    <message>
        <source>Cost per scenario (P5–P95 whiskers)</source>
        <translation>Coût par scénario (moustaches P5–P95)</translation>
    </message>
    <message>
        <source>Total CO2e per scenario (P5–P95 whiskers)</source>
        <translation>CO2e total par scénario (moustaches P5–P95)</translation>
    </message>
    <message>
        <source>Lifecycle: cumulative CO2e, training then inference</source>
        <translation>Cycle de vie&#xa0;: CO2e cumulé, entraînement puis inférence</translation>
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
        <source>break-even after %1 requests</source>
        <translation>seuil de rentabilité après %1 requêtes</translation>
    </message>
    <message>
        <source>Sensitivity of the baseline&apos;s total CO2e</source>
        <translation>Sensibilité du CO2e total du scénario de référence</translation>
    </message>
    <message>
        <source>Input at the low end of its range</source>
        <translation>Donnée d’entrée à la borne basse de sa plage</translation>
    </message>
    <message>
        <source>Input at the high end of its range</source>
        <translation>Donnée d’entrée à la borne haute de sa plage</translation>
    </message>
    <message>
        <source>Change in total CO2e from the central estimate (t)</source>
        <translation>Variation du CO2e total par rapport à l’estimation centrale (t)</translation>
    </message>
    <message>
        <source>Hourly grid intensity: %1</source>
        <translation>Intensité horaire du réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hourly grid intensity</source>
        <translation>Intensité horaire du réseau</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Grid intensity (g CO2e/kWh)</source>
        <translation>Intensité du réseau (g CO2e/kWh)</translation>
    </message>
    <message>
        <source>Best start window</source>
        <translation>Meilleure fenêtre de démarrage</translation>
    </message>
</context>
<context>
    <name>greenlight-cli</name>
    <message>
        <source>Usage:
  greenlight-cli calibrate PROJECT.json --scenario NAME [--run NAME]... [--format table|json]

Compares measured runs (imported with `greenlight-cli import`) with the scenario&apos;s estimate
(facility energy, operational location-based CO2e, wall-clock duration; ratio = measured /
estimated), derives what each run implies — average power per accelerator with and without the
PUE the tool applied, that PUE, and the grid intensity (emissions / energy) — and proposes the
median over the runs as hardware.powerW, site.pue and site.intensityGPerKWh, with the spread.
It then re-estimates the scenario with the proposal and shows how much the plan moves.
Without --run, the runs linked to the scenario are used. The project file is not changed.
</source>
        <translation>Utilisation&#xa0;:
  greenlight-cli calibrate PROJECT.json --scenario NAME [--run NAME]... [--format table|json]

Compare les exécutions mesurées (importées avec `greenlight-cli import`) à l’estimation du scénario
(énergie de l’installation, CO2e opérationnel basé sur la localisation, durée réelle&#xa0;; ratio = mesuré /
estimé), en déduit ce que chaque exécution implique — puissance moyenne par accélérateur avec et sans le
PUE appliqué par l’outil, ce PUE, et l’intensité du réseau (émissions / énergie) — et propose la
médiane des exécutions comme hardware.powerW, site.pue et site.intensityGPerKWh, avec la dispersion.
Il réestime ensuite le scénario avec cette proposition et montre de combien le plan évolue.
Sans --run, les exécutions associées au scénario sont utilisées. Le fichier de projet n’est pas modifié.
</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli catalog list accelerators|regions|providers|defaults|equivalences|credits|profiles
                 [--format table|json] [--search TEXT]
  greenlight-cli catalog show ID [--format table|json]
</source>
        <translation>Utilisation&#xa0;:
  greenlight-cli catalog list accelerators|regions|providers|defaults|equivalences|credits|profiles
                 [--format table|json] [--search TEXT]
  greenlight-cli catalog show ID [--format table|json]
</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli estimate PROJECT.json [--scenario NAME] [--format table|json|csv] [--explain]
  greenlight-cli estimate --accelerator ID [--count N]
        (--hours H | --accelerator-hours H | --params-b P --tokens-t T [--mfu M] [--precision P]
         | --it-energy-kwh E)
        [--power-w W | --load-factor F [--host-overhead F | --host-power-w W]] [--idle-share S] [--experiments X]
        [--pue X] (--region ID | --intensity G_PER_KWH) [--renewable-share S]
        [--price-usd-per-hour P] [--carbon-price-usd-per-t P] [--name NAME]
        [--format table|json|csv] [--explain]
  uncertainty (both forms): [--samples N] [--seed S] [--sensitivity OUTPUTKEY [--sensitivity-training]]

--power-w is the all-in average power per accelerator (measured, or TDP when a source used TDP):
nothing is added to it. Without it, power = TDP × load factor + the server&apos;s host power per
accelerator, from the catalog (--host-overhead F: the older host share of accelerator power). --pue 1 means no facility overhead. --explain prints every formula with its inputs and
their sources.
Every output also gets a P5–P95 range by Monte Carlo over the input ranges (--samples, default
10000, 100..10000000; --seed, default 42: same seed, same ranges). --sensitivity OUTPUTKEY
(e.g. co2eTotalKg) ranks the inputs by their effect on that output (tornado data); for a
scenario with levers or a deployment it ranks the lifecycle&apos;s drivers (training with levers +
inference: lever parameters and serving utilisation included, e.g. --sensitivity lifecycleCo2eKg);
--sensitivity-training keeps the lever-free training ranking.
</source>
        <translation>Utilisation&#xa0;:
  greenlight-cli estimate PROJECT.json [--scenario NAME] [--format table|json|csv] [--explain]
  greenlight-cli estimate --accelerator ID [--count N]
        (--hours H | --accelerator-hours H | --params-b P --tokens-t T [--mfu M] [--precision P]
         | --it-energy-kwh E)
        [--power-w W | --load-factor F [--host-overhead F | --host-power-w W]] [--idle-share S] [--experiments X]
        [--pue X] (--region ID | --intensity G_PER_KWH) [--renewable-share S]
        [--price-usd-per-hour P] [--carbon-price-usd-per-t P] [--name NAME]
        [--format table|json|csv] [--explain]
  incertitude (deux formes)&#xa0;: [--samples N] [--seed S] [--sensitivity OUTPUTKEY [--sensitivity-training]]

--power-w est la puissance moyenne tout compris par accélérateur (mesurée, ou le TDP si une source a utilisé le TDP)&#xa0;:
rien n’y est ajouté. Sans cette option, puissance = TDP × facteur de charge + puissance de l’hôte du serveur par
accélérateur, d’après le catalogue (--host-overhead F&#xa0;: l’ancienne part de l’hôte dans la puissance de l’accélérateur). --pue 1 signifie aucun surcoût de l’installation. --explain affiche chaque formule avec ses entrées et
leurs sources.
Chaque sortie reçoit aussi une plage P5–P95 par Monte Carlo sur les plages des entrées (--samples, par défaut
10000, 100..10000000&#xa0;; --seed, par défaut 42&#xa0;: même graine, mêmes plages). --sensitivity OUTPUTKEY
(p. ex. co2eTotalKg) classe les entrées selon leur effet sur cette sortie (données du diagramme en tornade)&#xa0;; pour un
scénario avec leviers ou déploiement, il classe les facteurs du cycle de vie (entraînement avec leviers +
inférence&#xa0;: paramètres des leviers et taux d’utilisation du service inclus, p. ex. --sensitivity lifecycleCo2eKg)&#xa0;;
--sensitivity-training conserve le classement de l’entraînement sans leviers.
</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli import FILE [--as NAME] [--into PROJECT.json] [--link SCENARIO]
        [--format table|json]

Reads a measured training run: a CodeCarbon emissions.csv (any layout since 2020; rows are
summed, task files give one run per task) or Carbontracker output (console text or log file).
The format is recognised from the content. Without --into the run is only printed. With --into
it is added to the project&apos;s measuredRuns (the file is rewritten atomically, the previous one
kept as PROJECT.json~). --as names the run (default: the file name without extension); --link
attaches it to a scenario of the project for `greenlight-cli calibrate`.
Skipped lines (wrong field count, unreadable number) are listed on stderr as warnings.
</source>
        <translation>Utilisation&#xa0;:
  greenlight-cli import FILE [--as NAME] [--into PROJECT.json] [--link SCENARIO]
        [--format table|json]

Lit une exécution d’entraînement mesurée&#xa0;: un emissions.csv de CodeCarbon (toute disposition depuis 2020&#xa0;; les lignes sont
additionnées, les fichiers de tâches donnent une exécution par tâche) ou une sortie de Carbontracker (texte de console ou fichier journal).
Le format est reconnu d’après le contenu. Sans --into, l’exécution est seulement affichée. Avec --into,
elle est ajoutée aux measuredRuns du projet (le fichier est réécrit de manière atomique, le précédent
conservé sous PROJECT.json~). --as nomme l’exécution (par défaut&#xa0;: le nom du fichier sans extension)&#xa0;; --link
l’associe à un scénario du projet pour `greenlight-cli calibrate`.
Les lignes ignorées (nombre de champs incorrect, nombre illisible) sont signalées sur stderr comme avertissements.
</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli breakeven PROJECT.json --a NAME --b NAME [--format table|json]

After how many requests (and on which date, from the deployment&apos;s startDate) the scenario that
costs more to train becomes the cheaper one over its lifecycle — in CO2e (location-based +
embodied), facility energy and money. Both scenarios need a &quot;deployment&quot;. &quot;never&quot; when the one
costlier to train is not cheaper per request (equal slopes included).
</source>
        <translation>Utilisation&#xa0;:
  greenlight-cli breakeven PROJECT.json --a NAME --b NAME [--format table|json]

Après combien de requêtes (et à quelle date, à partir du startDate du déploiement) le scénario le plus
coûteux à entraîner devient le moins coûteux sur son cycle de vie — en CO2e (basé sur la localisation +
intrinsèque), en énergie de l’installation et en argent. Les deux scénarios nécessitent un «&#xa0;deployment&#xa0;». «&#xa0;never&#xa0;» lorsque celui
qui est plus coûteux à entraîner n’est pas moins coûteux par requête (pentes égales comprises).
</translation>
    </message>
    <message>
        <source>expected a command</source>
        <translation>une commande est attendue</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>commande inconnue</translation>
    </message>
    <message>
        <source>see --help</source>
        <translation>voir --help</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli compare-regions PROJECT.json [--scenario NAME] --regions ID,ID,...
        [--format table|json|csv]
  greenlight-cli compare-regions --accelerator ID [--count N] (--hours H | ...) [estimate flags]
        --regions ID,ID,... [--format table|json|csv]

Evaluates one scenario in every listed region and ranks them by location-based CO2e (lowest
first). In each region the grid intensity and residual mix are the region&apos;s; the scenario&apos;s PUE
is kept unless it equals its own region&apos;s catalog PUE (then each region&apos;s PUE applies). --scenario
may be left out when the project has a single scenario. The quick-form flags are those of
`estimate` without --region/--intensity.
</source>
        <translation>Utilisation&#xa0;:
  greenlight-cli compare-regions PROJECT.json [--scenario NAME] --regions ID,ID,...
        [--format table|json|csv]
  greenlight-cli compare-regions --accelerator ID [--count N] (--hours H | ...) [estimate flags]
        --regions ID,ID,... [--format table|json|csv]

Évalue un scénario dans chaque région listée et les classe par CO2e basé sur la localisation (le plus faible
d’abord). Dans chaque région, l’intensité du réseau et le mix résiduel sont ceux de la région&#xa0;; le PUE du scénario
est conservé sauf s’il est égal au PUE du catalogue de sa propre région (le PUE de chaque région s’applique alors). --scenario
peut être omis lorsque le projet n’a qu’un seul scénario. Les options de la forme rapide sont celles de
`estimate` sans --region/--intensity.
</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli review PROJECT.json

Prints the need-and-impact review of a project: the decision, the levers and alternatives ranked
by lifecycle CO2e saved against the baseline (P5–P95 by Monte Carlo, 2000 samples, seed 42; cost
delta and cost per tonne saved, negative when the option also saves money), and the reviewer
checklist with the answers recorded in the project and the numbers that answer each question.
</source>
        <translation>Utilisation&#xa0;:
  greenlight-cli review PROJECT.json

Affiche l’examen de besoin et d’impact d’un projet&#xa0;: la décision, les leviers et alternatives classés
par CO2e économisé sur le cycle de vie par rapport au scénario de référence (P5–P95 par Monte Carlo, 2000 tirages, graine 42&#xa0;; écart
de coût et coût par tonne économisée, négatif lorsque l’option fait aussi économiser de l’argent), et la liste de contrôle
de l’examinateur avec les réponses enregistrées dans le projet et les chiffres qui répondent à chaque question.
</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli schedule (--profile ID | --profile-file FILE)
        (--hours H (--power-kw P | --energy-kwh E) | PROJECT.json [--scenario NAME])
        [--earliest TIME] [--deadline TIME] [--pausable] [--format table|json]

Finds when to run a job on an hourly grid-intensity profile: the best contiguous start, the worst
one, starting at the earliest time (&quot;start now&quot;) and the profile&apos;s average, with the savings. With
--pausable the job may stop and resume at hour boundaries: it then runs in the window&apos;s
lowest-intensity hours. A fractional --hours is rounded up to whole hours (the energy is kept).
From a project, the scenario&apos;s facility energy and duration (accelerator-hours / accelerators,
experiments included) are used.

--profile takes a built-in profile id (US-CISO, ...; `catalog list profiles`) or a region whose
record names one. --profile-file reads a CSV: timestamp_utc,g_per_kwh, Electricity Maps or
WattTime exports (docs/methodology.md). TIME is ISO 8601 (2022-06-01T08:00:00Z, an offset such
as +02:00, or a date 2022-06-01); without a zone it is UTC. The window defaults to the whole profile.
</source>
        <translation>Utilisation&#xa0;:
  greenlight-cli schedule (--profile ID | --profile-file FILE)
        (--hours H (--power-kw P | --energy-kwh E) | PROJECT.json [--scenario NAME])
        [--earliest TIME] [--deadline TIME] [--pausable] [--format table|json]

Détermine quand lancer une tâche selon un profil horaire d’intensité du réseau&#xa0;: le meilleur début continu, le pire,
le démarrage au plus tôt («&#xa0;start now&#xa0;») et la moyenne du profil, avec les économies. Avec
--pausable, la tâche peut s’arrêter et reprendre à chaque heure pleine&#xa0;: elle s’exécute alors pendant les heures
de plus faible intensité de la fenêtre. Une valeur fractionnaire de --hours est arrondie à l’heure supérieure (l’énergie est conservée).
À partir d’un projet, l’énergie de l’installation et la durée du scénario (heures-accélérateur / accélérateurs,
expérimentations comprises) sont utilisées.

--profile prend un identifiant de profil intégré (US-CISO, ...&#xa0;; `catalog list profiles`) ou une région dont
l’enregistrement en nomme un. --profile-file lit un CSV&#xa0;: timestamp_utc,g_per_kwh, exports Electricity Maps ou
WattTime (docs/methodology.md). TIME est au format ISO 8601 (2022-06-01T08:00:00Z, un décalage tel
que +02:00, ou une date 2022-06-01)&#xa0;; sans fuseau, il s’agit d’UTC. Par défaut, la fenêtre couvre tout le profil.
</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli inference --accelerator ID [--count N] --params-b TOTAL [--active-params-b A]
      --output-tokens O [--input-tokens I] [--batch B] [--precision P]
      [--stack optimised|basic] [--fleet-utilisation U] [--pue X]
      [--region ID | --intensity G] [--samples N] [--seed S] [--format table|json]

The energy, time and CO2e of serving one request, from the serving model calibrated on published
measurements (docs/validation-inference.md). Prefill is compute-bound; each decode step reads the
weights and the batch&apos;s KV cache from memory and is shared by the batch; accelerator power rises
with the compute share of the step. --count is accelerators per replica (default: the fewest the
model and its batch fit on); --active-params-b is for mixtures of experts. --stack: optimised (an
inference server with continuous batching and tensor parallelism: vLLM, SGLang, TGI, TensorRT-LLM)
or basic (a framework&apos;s generate loop such as Transformers, layers spread over the devices). --precision: fp32, fp16,
bf16, fp8, int8 (weights and activations), int8-weight, int4, nf4, mxfp4 (weights only).
--fleet-utilisation is the busy share of the provisioned fleet (1 = no idle capacity). Without
--region or --intensity the world average grid is used. Each figure is given at its boundary:
accelerators only, IT (+ host + idle capacity), facility (x PUE).
</source>
        <translation>Utilisation :
  greenlight-cli inference --accelerator ID [--count N] --params-b TOTAL [--active-params-b A]
      --output-tokens O [--input-tokens I] [--batch B] [--precision P]
      [--stack optimised|basic] [--fleet-utilisation U] [--pue X]
      [--region ID | --intensity G] [--samples N] [--seed S] [--format table|json]

L&apos;énergie, le temps et le CO2e pour servir une requête, d&apos;après le modèle de service calibré sur
des mesures publiées (docs/validation-inference.md). Le prefill est limité par le calcul ; chaque
étape de décodage lit les poids et le cache KV du lot en mémoire et est partagée par le lot ; la
puissance de l&apos;accélérateur croît avec la part de calcul de l&apos;étape. --count est le nombre
d&apos;accélérateurs par réplique (par défaut : le plus petit nombre où tiennent le modèle et son lot) ;
--active-params-b concerne les mélanges d&apos;experts. --stack : optimised (un serveur d&apos;inférence avec
batching continu et parallélisme tensoriel : vLLM, SGLang, TGI, TensorRT-LLM) ou basic (la boucle
generate d&apos;un framework comme Transformers, couches réparties sur les appareils). --precision :
fp32, fp16, bf16, fp8, int8 (poids et activations), int8-weight, int4, nf4, mxfp4 (poids seuls).
--fleet-utilisation est la part occupée de la flotte provisionnée (1 = aucune capacité inactive).
Sans --region ni --intensity, la moyenne mondiale du réseau est utilisée. Chaque chiffre est donné
à son périmètre : accélérateurs seuls, informatique (+ hôte + capacité inactive), installation (× PUE).
</translation>
    </message>
    <message>
        <source>greenlight-cli — estimate the energy, carbon, water and cost of training ML models.

Usage:
  greenlight-cli [--catalog FILE]... COMMAND [OPTIONS]

Commands:
  estimate     estimate a project&apos;s scenarios, or one run described by flags
  catalog      list or show the cited reference data (accelerators, regions, providers, ...)
  schedule     when to run a job on an hourly grid-intensity profile (best start, pause/resume)
  compare-regions  one scenario in several regions, ranked by CO2e
  inference    the energy, time and CO2e of serving one request (calibrated serving model)
  breakeven    after how many requests a scenario costlier to train pays back (CO2e, energy, money)
  import       read a measured run (CodeCarbon emissions.csv, Carbontracker log), add it to a project
  calibrate    compare measured runs with a scenario and propose calibrated power, PUE, intensity
  review       the need-and-impact review: options ranked by CO2e saved, checklist with evidence
  export       results (csv, json), paper statement (md, latex) or model-card snippet (modelcard)
  report       the need-and-impact report as a PDF (GUI builds only)
  help CMD     help for one command

Options:
  --catalog FILE   add a user catalog file (adds or overrides records; repeatable).
                   *.json files in ~/.local/share/greenlight/catalog are always loaded.
  --lang CODE      language of help and messages: en, de, fr, es (default: the system locale)
  --version        print the version
  --help           print this help

Exit status: 0 on success, 2 on bad input (with a one-line reason on stderr).
</source>
        <translation>greenlight-cli — estime l’énergie, le carbone, l’eau et le coût de l’entraînement de modèles d’apprentissage automatique.

Utilisation&#xa0;:
  greenlight-cli [--catalog FILE]... COMMAND [OPTIONS]

Commandes&#xa0;:
  estimate     estime les scénarios d’un projet, ou une exécution décrite par des options
  catalog      liste ou affiche les données de référence citées (accélérateurs, régions, fournisseurs…)
  schedule     quand lancer une tâche selon un profil horaire d’intensité du réseau (meilleur début, pause/reprise)
  compare-regions  un scénario dans plusieurs régions, classées par CO2e
  inference    énergie, temps et CO2e pour servir une requête (modèle de service calibré)
  breakeven    après combien de requêtes un scénario plus coûteux à entraîner est rentabilisé (CO2e, énergie, argent)
  import       lit une exécution mesurée (emissions.csv de CodeCarbon, journal Carbontracker) et l’ajoute à un projet
  calibrate    compare des exécutions mesurées à un scénario et propose une puissance, un PUE et une intensité calibrés
  review       l’examen de besoin et d’impact&#xa0;: options classées par CO2e économisé, liste de contrôle avec éléments
  export       résultats (csv, json), déclaration pour article (md, latex) ou extrait de fiche de modèle (modelcard)
  report       le rapport de besoin et d’impact au format PDF (versions avec interface graphique uniquement)
  help CMD     aide sur une commande

Options&#xa0;:
  --catalog FILE   ajoute un fichier de catalogue utilisateur (ajoute ou remplace des enregistrements&#xa0;; répétable).
                   Les fichiers *.json de ~/.local/share/greenlight/catalog sont toujours chargés.
  --lang CODE      langue de l’aide et des messages&#xa0;: en, de, fr, es (par défaut&#xa0;: la langue du système)
  --version        affiche la version
  --help           affiche cette aide

Code de sortie&#xa0;: 0 en cas de succès, 2 en cas d’entrée incorrecte (avec une raison sur une ligne sur stderr).
</translation>
    </message>
    <message>
        <source>greenlight-cli report PROJECT.json -o FILE.pdf [--page-size A4|Letter] [--samples N] [--seed S]
                      [--currency CODE]

Writes the project&apos;s need-and-impact report as a PDF: cover, contents, executive summary (P5-P95
ranges by Monte Carlo), comparison table, charts (vector), lifecycle and break-even,
sensitivity, schedule, review and decision, recommendations, measured runs, assumptions with
sources, explanation traces and a sign-off block. The file is replaced only when complete.

Options:
  -o, --output FILE     the PDF to write (required)
  --page-size A4|Letter page size (default: A4)
  --samples N           Monte Carlo samples per scenario (default 10000), as in the window&apos;s
                        Preferences: the same options give the window&apos;s numbers
  --seed S              Monte Carlo seed (default 42)
  --currency CODE       costs in a catalog currency (EUR, GBP, ...; default USD)
  --lang CODE           (global) language of the report: en, de, fr, es

Exit status: 0 on success, 2 on bad input.
</source>
        <translation>greenlight-cli report PROJECT.json -o FILE.pdf [--page-size A4|Letter] [--samples N] [--seed S]
                      [--currency CODE]

Écrit le rapport de besoin et d’impact du projet en PDF&#x202f;: couverture, sommaire, synthèse (plages
P5-P95 par Monte-Carlo), tableau comparatif, graphiques (vectoriels), cycle de vie et seuil de
rentabilité, sensibilité, planification, revue et décision, recommandations, mesures, hypothèses avec
sources, traces d’explication et un bloc de validation. Le fichier n’est remplacé qu’une fois complet.

Options&#x202f;:
  -o, --output FILE     le PDF à écrire (obligatoire)
  --page-size A4|Letter format de page (par défaut&#x202f;: A4)
  --samples N           tirages Monte-Carlo par scénario (par défaut 10000), comme dans les
                        Préférences de la fenêtre&#x202f;: les mêmes options donnent les chiffres de la fenêtre
  --seed S              graine Monte-Carlo (par défaut 42)
  --currency CODE       coûts dans une devise du catalogue (EUR, GBP, ...&#x202f;; par défaut USD)
  --lang CODE           (global) langue du rapport&#x202f;: en, de, fr, es

Code de sortie&#x202f;: 0 en cas de succès, 2 en cas d’entrée invalide.
</translation>
    </message>
    <message>
        <source>Sensitivity of %1 — %2 (central %3; one input at a time at the ends of its range; training with levers + inference):</source>
        <translation>Sensibilité de %1 — %2 (valeur centrale %3&#x202f;; une entrée à la fois aux bornes de sa plage&#x202f;; entraînement avec leviers + inférence)&#x202f;:</translation>
    </message>
    <message>
        <source>Sensitivity of %1 — %2 (central %3; one input at a time at the ends of its range):</source>
        <translation>Sensibilité de %1 — %2 (valeur centrale %3&#x202f;; une entrée à la fois aux bornes de sa plage)&#x202f;:</translation>
    </message>
    <message>
        <source>no input of this scenario has a range: the output is fixed</source>
        <translation>aucune entrée de ce scénario n’a de plage&#x202f;: le résultat est fixe</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>output at low</source>
        <translation>résultat au bas</translation>
    </message>
    <message>
        <source>output at high</source>
        <translation>résultat au haut</translation>
    </message>
    <message>
        <source>swing</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#x202f;: %1</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Référence&#x202f;: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision&#x202f;: %1</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Conditions&#x202f;: %1</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Relecteurs&#x202f;:</translation>
    </message>
    <message>
        <source>Recommendations (lifecycle CO2e saved against the baseline; P5–P95: Monte Carlo, %1 samples, seed %2):</source>
        <translation>Recommandations (CO2e du cycle de vie évité par rapport à la référence&#x202f;; P5–P95&#x202f;: Monte-Carlo, %1 tirages, graine %2)&#x202f;:</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>CO2e saved</source>
        <translation>CO2e évité</translation>
    </message>
    <message>
        <source>cost delta</source>
        <translation>écart de coût</translation>
    </message>
    <message>
        <source>cost per t saved</source>
        <translation>coût par t évitée</translation>
    </message>
    <message>
        <source>lever: %1</source>
        <translation>levier&#x202f;: %1</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>scénario&#x202f;: %1</translation>
    </message>
    <message>
        <source>(no lever or alternative to compare)</source>
        <translation>(aucun levier ni aucune alternative à comparer)</translation>
    </message>
    <message>
        <source>Quality cost:</source>
        <translation>Coût en qualité&#x202f;:</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#x202f;: %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Liste de contrôle&#x202f;:</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>réponse&#x202f;: %1</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <source>CO2e (location)</source>
        <translation>CO2e (localisation)</translation>
    </message>
    <message>
        <source>CO2e (market)</source>
        <translation>CO2e (marché)</translation>
    </message>
    <message>
        <source>water</source>
        <translation>eau</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; in %2 region(s), ranked by location-based CO2e (lowest first)</source>
        <translation>Scénario «&#x202f;%1&#x202f;» dans %2 région(s), classées par CO2e basé sur la localisation (le plus bas d’abord)</translation>
    </message>
    <message>
        <source>* the scenario&apos;s own PUE, kept in every region</source>
        <translation>* le PUE propre au scénario, conservé dans chaque région</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 emits %2 less than %3 (%4% less)</source>
        <translation>%1 émet %2 de moins que %3 (%4 % de moins)</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>grandeur</translation>
    </message>
    <message>
        <source>P5–P95: Monte Carlo, %1 samples, seed %2; inputs drawn independently except where the model couples them; – = no input range affects it</source>
        <translation>P5–P95&#x202f;: Monte-Carlo, %1 tirages, graine %2&#x202f;; entrées tirées indépendamment sauf là où le modèle les lie&#x202f;; – = aucune plage d’entrée ne l’affecte</translation>
    </message>
    <message>
        <source>published:</source>
        <translation>publié&#x202f;:</translation>
    </message>
    <message>
        <source>%1 accelerator-hours</source>
        <translation>%1 heures-accélérateur</translation>
    </message>
    <message>
        <source>offsets retired: %1 — reported beside the emissions, never subtracted from them (location-based %2, market-based %3 as computed)</source>
        <translation>compensations retirées&#x202f;: %1 — indiquées à côté des émissions, jamais soustraites (basé sur la localisation %2, basé sur le marché %3 tels que calculés)</translation>
    </message>
    <message>
        <source>%1 is about:</source>
        <translation>%1 correspond environ à&#x202f;:</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>grandeur</translation>
    </message>
    <message>
        <source>A training</source>
        <translation>A entraînement</translation>
    </message>
    <message>
        <source>B training</source>
        <translation>B entraînement</translation>
    </message>
    <message>
        <source>A per request</source>
        <translation>A par requête</translation>
    </message>
    <message>
        <source>B per request</source>
        <translation>B par requête</translation>
    </message>
    <message>
        <source>break-even:</source>
        <translation>seuil de rentabilité&#x202f;:</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>none (%1 never catches up)</source>
        <translation>aucun (%1 ne rattrape jamais)</translation>
    </message>
    <message>
        <source>from the first request</source>
        <translation>dès la première requête</translation>
    </message>
    <message>
        <source>after %1 requests (%2 days%3): %4 becomes cheaper</source>
        <translation>après %1 requêtes (%2 jours%3)&#x202f;: %4 devient moins coûteux</translation>
    </message>
    <message>
        <source>after %1 requests (%2 days%3, after the deployment ends): %4 becomes cheaper</source>
        <translation>après %1 requêtes (%2 jours%3, après la fin du déploiement)&#x202f;: %4 devient moins coûteux</translation>
    </message>
    <message>
        <source>Lever effects</source>
        <translation>Effets des leviers</translation>
    </message>
    <message>
        <source>%1 (training): %2 → %3</source>
        <translation>%1 (entraînement)&#x202f;: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (inference): %2</source>
        <translation>%1 (inférence)&#x202f;: %2</translation>
    </message>
    <message>
        <source>training CO2e: %1 without levers → %2 (worse)</source>
        <translation>CO2e de l’entraînement&#x202f;: %1 sans leviers → %2 (pire)</translation>
    </message>
    <message>
        <source>training CO2e: %1 without levers → %2 (better)</source>
        <translation>CO2e de l’entraînement&#x202f;: %1 sans leviers → %2 (mieux)</translation>
    </message>
    <message>
        <source>training CO2e: %1 without levers → %2 (unchanged)</source>
        <translation>CO2e de l’entraînement&#x202f;: %1 sans leviers → %2 (inchangé)</translation>
    </message>
    <message>
        <source>Lifecycle (training, then inference)</source>
        <translation>Cycle de vie (entraînement, puis inférence)</translation>
    </message>
    <message>
        <source>%1 requests/day for %2 months on %3 (%4 B, %5)</source>
        <translation>%1 requêtes/jour pendant %2 mois sur %3 (%4 G, %5)</translation>
    </message>
    <message>
        <source>per request: %1 Wh, %2 g CO2e</source>
        <translation>par requête&#x202f;: %1 Wh, %2 g CO2e</translation>
    </message>
    <message>
        <source>inference: %1</source>
        <translation>inférence&#x202f;: %1</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>Break-even: %1 (baseline) vs %2</source>
        <translation>Seuil de rentabilité&#x202f;: %1 (référence) contre %2</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli export PROJECT.json --format csv|json|md|latex|modelcard [-o FILE] [--scenario NAME]
                        [--samples N] [--seed S]

Formats:
  csv        every output of every scenario (the columns of `estimate --format csv`, docs/cli.md)
  json       the results of `estimate --format json`, plus the project&apos;s &quot;review&quot; and the ranked
             &quot;recommendations&quot; (levers and alternatives by CO2e saved, cost per tonne)
  md         a paper statement in Markdown: a paragraph and a table (hardware, accelerator-hours,
             power, energy, PUE, grid intensity, CO2e with its P5–P95 range)
  latex      the same statement as a LaTeX fragment (needs booktabs and T1 font encoding)
  modelcard  Hugging Face model-card metadata (co2_eq_emissions, emissions in grams) and a
             &quot;## Carbon footprint&quot; Markdown section

md, latex and modelcard describe one training run: --scenario NAME, else the project&apos;s baseline
(else its first scenario). With csv and json, --scenario keeps only that scenario.
--samples N and --seed S set the Monte Carlo behind every range (defaults 10000 and 42), as for
`estimate`.
-o FILE writes the file atomically (the old file stays complete until the new one is on disk);
without it the export goes to standard output.
</source>
        <translation>Utilisation&#xa0;:
  greenlight-cli export PROJECT.json --format csv|json|md|latex|modelcard [-o FILE] [--scenario NAME]
                        [--samples N] [--seed S]

Formats&#xa0;:
  csv        chaque sortie de chaque scénario (les colonnes de `estimate --format csv`, docs/cli.md)
  json       les résultats de `estimate --format json`, plus la «&#xa0;review&#xa0;» du projet et les
             «&#xa0;recommendations&#xa0;» classées (leviers et alternatives par CO2e économisé, coût par tonne)
  md         une déclaration pour article en Markdown&#xa0;: un paragraphe et un tableau (matériel, heures-accélérateur,
             puissance, énergie, PUE, intensité du réseau, CO2e avec sa plage P5–P95)
  latex      la même déclaration sous forme de fragment LaTeX (nécessite booktabs et l’encodage de police T1)
  modelcard  métadonnées de fiche de modèle Hugging Face (co2_eq_emissions, émissions en grammes) et une
             section Markdown «&#xa0;## Carbon footprint&#xa0;»

md, latex et modelcard décrivent une seule exécution d’entraînement&#xa0;: --scenario NAME, sinon le scénario de référence
du projet (sinon son premier scénario). Avec csv et json, --scenario ne conserve que ce scénario.
--samples N et --seed S fixent la simulation de Monte-Carlo derrière chaque plage (par défaut 10000 et
42), comme pour `estimate`.
-o FILE écrit le fichier de manière atomique (l’ancien fichier reste complet jusqu’à ce que le nouveau soit sur le disque)&#xa0;;
sans cette option, l’export est envoyé sur la sortie standard.
</translation>
    </message>
</context>
<context>
    <name>greenlight::report::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
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
        <translation>Recherche&#xa0;: %1</translation>
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
        <translation>%1 g/kWh, %2&#xa0;: %3</translation>
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
Source&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Intensity low</source>
        <translation>Intensité basse</translation>
    </message>
    <message>
        <source>Intensity high</source>
        <translation>Intensité haute</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Direct intensity (g CO₂e/kWh)</source>
        <translation>Intensité directe (g CO₂e/kWh)</translation>
    </message>
    <message>
        <source>Water of electricity (L/kWh)</source>
        <translation>Eau de l’électricité (L/kWh)</translation>
    </message>
    <message>
        <source>WUE (L/kWh)</source>
        <translation>WUE (L/kWh)</translation>
    </message>
    <message>
        <source>WUE low</source>
        <translation>WUE basse</translation>
    </message>
    <message>
        <source>WUE high</source>
        <translation>WUE haute</translation>
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
        <translation>Modifier l’accélérateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fabricant&#xa0;:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation>T&amp;DP&#xa0;:</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Board power (TDP/TGP). Leave at “none” for chips without a published figure: scenarios must then give the measured power.</source>
        <translation>Puissance de la carte (TDP/TGP). Laissez «&#xa0;aucune&#xa0;» pour les puces sans valeur publiée&#xa0;: les scénarios devront alors indiquer la puissance mesurée.</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire&#xa0;:</translation>
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
        <translation>Crête %1&#xa0;:</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Dense peak throughput at %1 (no sparsity); “none” if the device has no such mode.</source>
        <translation>Débit crête dense en %1 (sans parcimonie)&#xa0;; «&#xa0;aucune&#xa0;» si l’appareil n’a pas ce mode.</translation>
    </message>
    <message>
        <source>Default precision</source>
        <translation>Précision par défaut</translation>
    </message>
    <message>
        <source>The precision training normally uses on this device; it needs a peak value.</source>
        <translation>La précision qu’utilise normalement l’entraînement sur cet appareil&#xa0;; elle nécessite une valeur de crête.</translation>
    </message>
    <message>
        <source>Default &amp;precision:</source>
        <translation>&amp;Précision par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>&amp;Carbone intrinsèque&#xa0;:</translation>
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
        <translation>P&amp;rix&#xa0;:</translation>
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
        <translation>Modifier la région «&#xa0;%1&#xa0;»</translation>
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
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>For cloud regions: aws, gcp, azure, alibaba.</source>
        <translation>Pour les régions cloud&#xa0;: aws, gcp, azure, alibaba.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>In&amp;tensité&#xa0;:</translation>
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
        <translation>Péri&amp;mètre&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;UE:</source>
        <translation>PU&amp;E&#xa0;:</translation>
    </message>
    <message>
        <source>The provider&apos;s PUE in this region (≥ 1).</source>
        <translation>Le PUE du fournisseur dans cette région (≥ 1).</translation>
    </message>
    <message>
        <source>C&amp;FE share:</source>
        <translation>Part &amp;CFE&#xa0;:</translation>
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
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
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
        <translation>Obligatoire&#xa0;: où un lecteur peut vérifier ces chiffres.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
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
        <translation>&amp;Année&#xa0;:</translation>
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
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
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
    <message>
        <source>Measured energy</source>
        <translation>Énergie mesurée</translation>
    </message>
    <message>
        <source>Energy: estimate / measured</source>
        <translation>Énergie&#xa0;: estimée / mesurée</translation>
    </message>
    <message>
        <source>Measured CO2e</source>
        <translation>CO2e mesuré</translation>
    </message>
    <message>
        <source>CO2e: estimate / measured</source>
        <translation>CO2e&#xa0;: estimé / mesuré</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>No measured run is linked to this scenario (Measured runs panel).</source>
        <translation>Aucune exécution mesurée n’est associée à ce scénario (panneau Exécutions mesurées).</translation>
    </message>
    <message>
        <source>P5–P95 of the estimate: %1 – %2</source>
        <translation>P5–P95 de l’estimation&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>no uncertainty range for this estimate</source>
        <translation>pas de plage d’incertitude pour cette estimation</translation>
    </message>
    <message numerus="yes">
        <source>%1
median of %n runs</source>
        <translation>
            <numerusform>%1
médiane de %n exécution</numerusform>
            <numerusform>%1
médiane de %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>×%1
inside P5–P95</source>
        <translation>×%1
dans P5–P95</translation>
    </message>
    <message>
        <source>×%1
outside P5–P95</source>
        <translation>×%1
hors P5–P95</translation>
    </message>
    <message>
        <source>Estimated %1 against measured %2; %3</source>
        <translation>Estimé %1 contre %2 mesuré&#xa0;; %3</translation>
    </message>
    <message numerus="yes">
        <source>Median of %n linked run(s), as the measuring tool reported it</source>
        <translation>
            <numerusform>Médiane de %n exécution associée, telle que rapportée par l’outil de mesure</numerusform>
            <numerusform>Médiane de %n exécutions associées, telle que rapportée par l’outil de mesure</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2 (%3 USD; %4) — select to see how it was computed</source>
        <translation>%1 = %2 (%3 USD&#xa0;; %4) — sélectionnez pour voir comment la valeur a été calculée</translation>
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
    <message>
        <source>Serving</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Accounting notes</source>
        <translation>Notes de comptabilité</translation>
    </message>
    <message>
        <source>%1: %2 of offsets retired, shown beside the emissions and not subtracted from them.</source>
        <translation>%1&#x202f;: %2 de compensations retirées, montrées à côté des émissions et non déduites de celles-ci.</translation>
    </message>
    <message>
        <source>%1: %2 of offsets, not subtracted</source>
        <translation>%1&#x202f;: %2 de compensations, non déduites</translation>
    </message>
    <message>
        <source>Accounting notes (hover for details): %1</source>
        <translation>Notes de comptabilité (survoler pour les détails)&#x202f;: %1</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Échelle &amp;logarithmique</translation>
    </message>
    <message>
        <source>Logarithmic axis for the four bar charts: one bar per scenario (its total), so small and large runs stay readable side by side.</source>
        <translation>Axe logarithmique pour les quatre diagrammes en barres&#x202f;: une barre par scénario (son total), pour que les petits et les grands entraînements restent lisibles côte à côte.</translation>
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
        <translation>Ajouter la phase d’inférence&#xa0;: cycle de vie, chiffres par requête et point d’équilibre</translation>
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
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 requests over %2 months
per request: %3 Wh, %4 g CO2e
inference: %5, %6, %7
lifecycle (training + inference): %8</source>
        <translation>%1 requêtes sur %2 mois
par requête&#xa0;: %3 Wh, %4 g CO2e
inférence&#xa0;: %5, %6, %7
cycle de vie (entraînement + inférence)&#xa0;: %8</translation>
    </message>
    <message>
        <source>The deployment cannot be estimated; see the problems below the tabs.</source>
        <translation>Le déploiement ne peut pas être estimé&#xa0;; voir les problèmes sous les onglets.</translation>
    </message>
    <message>
        <source>Training only. Deploy the model to see its lifecycle and break-even.</source>
        <translation>Entraînement seul. Déployez le modèle pour voir son cycle de vie et son point d’équilibre.</translation>
    </message>
    <message>
        <source>Serving model (calibrated on measurements)</source>
        <translation>Modèle de service (calibré sur des mesures)</translation>
    </message>
    <message>
        <source>Inference server (vLLM, SGLang, TGI)</source>
        <translation>Serveur d’inférence (vLLM, SGLang, TGI)</translation>
    </message>
    <message>
        <source>Generate loop (Transformers)</source>
        <translation>Boucle generate (Transformers)</translation>
    </message>
    <message>
        <source>Continuous batching and tensor parallelism, or a framework&apos;s generate loop with the layers spread over the devices: measurements show the software matters as much as the hardware</source>
        <translation>Batching continu et parallélisme tensoriel, ou la boucle generate d’un framework avec les couches réparties sur les appareils : les mesures montrent que le logiciel compte autant que le matériel</translation>
    </message>
    <message>
        <source>Serving software</source>
        <translation>Logiciel de service</translation>
    </message>
    <message>
        <source>Input tokens per request</source>
        <translation>Jetons d’entrée par requête</translation>
    </message>
    <message>
        <source>Output tokens per request</source>
        <translation>Jetons de sortie par requête</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>Accelerators per replica</source>
        <translation>Accélérateurs par réplique</translation>
    </message>
    <message>
        <source>Fleet utilisation</source>
        <translation>Utilisation de la flotte</translation>
    </message>
    <message>
        <source>busy share</source>
        <translation>part occupée</translation>
    </message>
    <message>
        <source>Active parameters (MoE)</source>
        <translation>Paramètres actifs (MoE)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Md</translation>
    </message>
    <message>
        <source>Change serving software</source>
        <translation>Changer le logiciel de service</translation>
    </message>
    <message>
        <source>%1 × %2 per replica, batch %3, %4 s per request; fleet %5 accelerators, %6 % busy</source>
        <translation>%1 × %2 par réplique, lot de %3, %4 s par requête ; flotte de %5 accélérateurs, occupée à %6 %</translation>
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
        <translation>une exécution mesurée nommée «&#xa0;%1&#xa0;» existe déjà&#xa0;; ajoutée sous le nom «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Import measured run “%1”</source>
        <translation>Importer l’exécution mesurée «&#xa0;%1&#xa0;»</translation>
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
        <translation>Calibrer «&#xa0;%1&#xa0;» d’après les exécutions mesurées</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::EquivalenceLine</name>
    <message>
        <source>What does this mean</source>
        <translation>Qu’est-ce que cela représente</translation>
    </message>
    <message>
        <source>driving %1 km in an average European car</source>
        <translation>parcourir %1 km dans une voiture européenne moyenne</translation>
    </message>
    <message>
        <source>%1 one-way economy flights New York – San Francisco</source>
        <translation>%1 vols aller simple en classe économique New York – San Francisco</translation>
    </message>
    <message>
        <source>the electricity of %1 US homes for a year</source>
        <translation>l’électricité de %1 foyers américains pendant un an</translation>
    </message>
    <message>
        <source>what %1 trees absorb in a month</source>
        <translation>ce que %1 arbres absorbent en un mois</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>&lt;b&gt;What does this mean?&lt;/b&gt; Training “%1” emits about %2 CO2e (location-based + embodied): as much as %3.</source>
        <translation>&lt;b&gt;Qu’est-ce que cela représente&#xa0;?&lt;/b&gt; L’entraînement de «&#xa0;%1&#xa0;» émet environ %2 de CO2e (basé sur la localisation + intrinsèque)&#xa0;: autant que %3.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, ou </translation>
    </message>
    <message>
        <source>Everyday equivalents of the total CO2e, from the catalog&apos;s cited sources:
%1</source>
        <translation>Équivalents du quotidien du CO2e total, d’après les sources citées du catalogue&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ExperimentRunsEditor</name>
    <message>
        <source>Extra runs</source>
        <translation>Exécutions supplémentaires</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Measured as</source>
        <translation>Mesurée en</translation>
    </message>
    <message>
        <source>A name for the run, e.g. &quot;LR sweep&quot;</source>
        <translation>Un nom pour l’exécution, p. ex. « balayage du LR »</translation>
    </message>
    <message>
        <source>Per cent of the main run&apos;s compute, or accelerator-hours</source>
        <translation>Pourcentage du calcul de l’exécution principale, ou heures-accélérateur</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Ajouter une exécution</translation>
    </message>
    <message>
        <source>Add an extra run (a sweep, an ablation, a failed start)</source>
        <translation>Ajouter une exécution supplémentaire (balayage, ablation, départ raté)</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>Supprimer l’exécution</translation>
    </message>
    <message>
        <source>Remove the selected run</source>
        <translation>Supprimer l’exécution sélectionnée</translation>
    </message>
    <message>
        <source>Rename experiment run</source>
        <translation>Renommer l’exécution d’expérience</translation>
    </message>
    <message>
        <source>Size of run %1</source>
        <translation>Taille de l’exécution %1</translation>
    </message>
    <message>
        <source>% of main run</source>
        <translation>% de l’exécution principale</translation>
    </message>
    <message>
        <source>accelerator-hours</source>
        <translation>heures-accélérateur</translation>
    </message>
    <message>
        <source>Basis of run %1</source>
        <translation>Base de l’exécution %1</translation>
    </message>
    <message>
        <source>Resize experiment run</source>
        <translation>Modifier la taille de l’exécution d’expérience</translation>
    </message>
    <message>
        <source>Change experiment run basis</source>
        <translation>Changer la base de l’exécution d’expérience</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Add experiment run</source>
        <translation>Ajouter une exécution d’expérience</translation>
    </message>
    <message>
        <source>Remove experiment run</source>
        <translation>Supprimer l’exécution d’expérience</translation>
    </message>
    <message>
        <source>Run %1: the name must not be empty; the change was not applied.</source>
        <translation>Exécution %1 : le nom ne doit pas être vide ; la modification n’a pas été appliquée.</translation>
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
        <translation>Ce scénario ne peut pas être estimé&#xa0;:
</translation>
    </message>
    <message>
        <source>set in the scenario</source>
        <translation>défini dans le scénario</translation>
    </message>
    <message>
        <source>Shown as %1 = %2 USD × %3 %4/USD</source>
        <translation>Affiché comme %1 = %2 USD × %3 %4/USD</translation>
    </message>
    <message>
        <source>Exchange rate: %1 (%2). Costs are computed in US dollars.</source>
        <translation>Taux de change&#xa0;: %1 (%2). Les coûts sont calculés en dollars américains.</translation>
    </message>
    <message>
        <source>How the deployment was served</source>
        <translation>Comment le déploiement a été servi</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::FileController</name>
    <message>
        <source>“%1” was written with file format %2 and has been converted to format %3; the first save keeps the original as “%4”.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit au format de fichier %2 et converti au format %3&#xa0;; le premier enregistrement conserve l’original sous «&#xa0;%4&#xa0;».</translation>
    </message>
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
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être ouvert&#xa0;; le projet ouvert reste inchangé.</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
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
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées. Les enregistrer d’abord&#xa0;?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Greenlight was not closed properly last time. Unsaved changes%1 were kept from %2. Restore them?</source>
        <translation>Greenlight n’a pas été fermé correctement la dernière fois. Des modifications non enregistrées%1 ont été conservées (%2). Les restaurer&#xa0;?</translation>
    </message>
    <message>
        <source> to “%1”</source>
        <translation> de «&#xa0;%1&#xa0;»</translation>
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
    <name>greenlight::ui::GuidedTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>&amp;Passer la visite</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminer</translation>
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
        <translation>Partir d’un modèle préentraîné&#xa0;: réglage fin complet ou adaptateurs LoRA</translation>
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
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>No lever applied.</source>
        <translation>Aucun levier appliqué.</translation>
    </message>
    <message>
        <source>Effects:
%1</source>
        <translation>Effets&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Extra runs (sweeps, ablations); the experiments multiplier in Model &amp; workload covers the rest</source>
        <translation>Exécutions supplémentaires (balayages, ablations) ; le multiplicateur d’expérimentations dans Modèle &amp; charge de travail couvre le reste</translation>
    </message>
    <message>
        <source>Count the development programme</source>
        <translation>Compter le programme de développement</translation>
    </message>
    <message>
        <source>Ablations, sweeps, failed and intermediate runs as a multiple of the main run. Empty field: the catalog&apos;s median of published programmes (OLMo 0.5×, OPT 1×, BLOOM 1.7×, LLaMA 2.4×, Olmo 3 4.6×).</source>
        <translation>Ablations, balayages, exécutions échouées et intermédiaires, en multiple de l’exécution principale. Champ vide : la médiane des programmes publiés, du catalogue (OLMo 0,5×, OPT 1×, BLOOM 1,7×, LLaMA 2,4×, Olmo 3 4,6×).</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>× main run</source>
        <translation>× exécution principale</translation>
    </message>
    <message>
        <source>Development programme</source>
        <translation>Programme de développement</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::LifecycleChart</name>
    <message>
        <source>Lifecycle: cumulative CO2e, training then inference</source>
        <translation>Cycle de vie&#xa0;: CO2e cumulé, entraînement puis inférence</translation>
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
        <translation>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Planifiez, comparez et justifiez l’énergie, le carbone, l’eau et le coût de l’entraînement de modèles d’apprentissage automatique.&lt;/p&gt;&lt;p&gt;Crédits des données&#xa0;:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Need-and-impact &amp;review</source>
        <translation>E&amp;xamen de besoin et d’impact</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Ateliers…</translation>
    </message>
    <message>
        <source>Welcome to Greenlight</source>
        <translation>Bienvenue dans Greenlight</translation>
    </message>
    <message>
        <source>This short tour shows the main areas of the window. Skip it whenever you like: it stays in Help → Guided Tour.</source>
        <translation>Cette courte visite présente les principales zones de la fenêtre. Vous pouvez la passer à tout moment&#xa0;: elle reste disponible dans Aide → Visite guidée.</translation>
    </message>
    <message>
        <source>Each scenario is one way to train (and serve) a model. Add, duplicate and reorder them here; the baseline is the one the others are compared with.</source>
        <translation>Chaque scénario est une façon d’entraîner (et de servir) un modèle. Ajoutez-les, dupliquez-les et réorganisez-les ici&#xa0;; le scénario de référence est celui auquel les autres sont comparés.</translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Éditeur de scénario</translation>
    </message>
    <message>
        <source>What you know about the selected scenario: workload, hardware, region, levers, deployment. Everything you leave empty comes from the cited catalog.</source>
        <translation>Ce que vous savez du scénario sélectionné&#xa0;: charge de travail, matériel, région, leviers, déploiement. Tout ce que vous laissez vide provient du catalogue cité.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Charts of energy, CO2e, water and cost for all scenarios, with tabs for the trade-off, lifecycle, sensitivity (tornado) and schedule. Click a bar to see how it was computed.</source>
        <translation>Graphiques de l’énergie, du CO2e, de l’eau et du coût pour tous les scénarios, avec des onglets pour le compromis, le cycle de vie, la sensibilité (tornade) et la planification. Cliquez sur une barre pour voir comment elle a été calculée.</translation>
    </message>
    <message>
        <source>How the selected number was obtained: every formula with its inputs substituted, and the source of each constant.</source>
        <translation>Comment la valeur sélectionnée a été obtenue&#xa0;: chaque formule avec ses entrées substituées, et la source de chaque constante.</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Tableau comparatif</translation>
    </message>
    <message>
        <source>Every scenario against the baseline, with P5–P95 ranges. Copy it as TSV for a spreadsheet.</source>
        <translation>Chaque scénario comparé au scénario de référence, avec les plages P5–P95. Copiez-le au format TSV pour un tableur.</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>Open examples and workshop exercises (Help → Workshops), import measured runs, browse the catalog, and switch to presentation mode (View, F11) for a projector.</source>
        <translation>Ouvrez des exemples et des exercices d’atelier (Aide → Ateliers), importez des exécutions mesurées, parcourez le catalogue et passez en mode présentation (Affichage, F11) pour un projecteur.</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être importé&#xa0;; le projet reste inchangé.</translation>
    </message>
    <message>
        <source>Measured run imported with warnings</source>
        <translation>Exécution mesurée importée avec des avertissements</translation>
    </message>
    <message>
        <source>Imported %1 from “%2”, with these notes:</source>
        <translation>Importation de %1 depuis «&#xa0;%2&#xa0;», avec ces remarques&#xa0;:</translation>
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
        <translation>Comparer le scénario&#xa0;:</translation>
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
        <translation>Ratio = mesuré / estimé. L’énergie est celle de l’installation (après PUE), le CO2e est opérationnel, basé sur la localisation&#xa0;: ce que rapportent CodeCarbon et Carbontracker.</translation>
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
        <translation>Non indiqué par l’outil&#xa0;; 1 supposé</translation>
    </message>
    <message>
        <source>Calibrate “%1”</source>
        <translation>Calibrer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Median over %n measured run(s); applied as one undo step, with the measurements recorded as the source in the scenario notes.</source>
        <translation>
            <numerusform>Médiane sur %n exécution mesurée&#xa0;; appliquée en une seule étape d’annulation, les mesures étant consignées comme source dans les notes du scénario.</numerusform>
            <numerusform>Médiane sur %n exécutions mesurées&#xa0;; appliquée en une seule étape d’annulation, les mesures étant consignées comme source dans les notes du scénario.</numerusform>
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
        <translation>Énergie de l’installation&#xa0;: %1 → %2&#xa0;; CO2e (basé sur la localisation)&#xa0;: %3 → %4.</translation>
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
    <name>greenlight::ui::NumberField</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; kept %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre&#xa0;; %3 conservé</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number; kept %3</source>
        <translation>%1&#xa0;: %2 n’est pas un nombre entier&#xa0;; %3 conservé</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum %3; kept %4</source>
        <translation>%1&#xa0;: %2 est inférieur au minimum %3&#xa0;; %4 conservé</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum %3; kept %4</source>
        <translation>%1&#xa0;: %2 est supérieur au maximum %3&#xa0;; %4 conservé</translation>
    </message>
    <message>
        <source>%1: “%2” is not accepted; kept %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas accepté&#xa0;; %3 conservé</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PlotWidget</name>
    <message>
        <source>Unknown format: use .png, .svg or .pdf</source>
        <translation>Format inconnu&#xa0;: utilisez .png, .svg ou .pdf</translation>
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
        <source>&amp;Display costs in:</source>
        <translation>A&amp;fficher les coûts en&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
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
        <translation>&amp;Région par défaut&#xa0;:</translation>
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
        <translation>É&amp;chantillons&#xa0;:</translation>
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
        <translation>&amp;Graine&#xa0;:</translation>
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
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Devise d’affichage</translation>
    </message>
    <message>
        <source>Currency costs are displayed in. The rates are the catalog&apos;s (defaults exchangeRate.&lt;code&gt;); a user catalog can override them.</source>
        <translation>Devise dans laquelle les coûts sont affichés. Les taux sont ceux du catalogue (valeurs par défaut exchangeRate.&lt;code&gt;)&#xa0;; un catalogue utilisateur peut les remplacer.</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Taux&#xa0;:</translation>
    </message>
    <message>
        <source>Prices in the catalog and all cost estimates are in US dollars; the rate only converts what is displayed.</source>
        <translation>Les prix du catalogue et toutes les estimations de coût sont en dollars américains&#xa0;; le taux ne convertit que l’affichage.</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of menus, labels, numbers and dates.</source>
        <translation>Langue des menus, des libellés, des nombres et des dates.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when Greenlight is restarted.</source>
        <translation>Une nouvelle langue s’applique au redémarrage de Greenlight.</translation>
    </message>
    <message>
        <source>US dollars: no conversion.</source>
        <translation>Dollars américains&#xa0;: aucune conversion.</translation>
    </message>
    <message>
        <source>1 USD = %1 %2 (%3, %4)</source>
        <translation>1 USD = %1 %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Full screen with large text and charts, for projectors and workshops (F11)</source>
        <translation>Plein écran avec texte et graphiques agrandis, pour projecteurs et ateliers (F11)</translation>
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
        <translation>Certains préréglages n’ont pas pu être chargés&#xa0;: %1</translation>
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
        <translation>Source&#xa0;: %1</translation>
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
    <name>greenlight::ui::RecommendationsModel</name>
    <message>
        <source>Lever: %1</source>
        <translation>Levier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1/t</source>
        <translation>%1/t</translation>
    </message>
    <message>
        <source>The lever applied to the baseline scenario “%1”</source>
        <translation>Le levier appliqué au scénario de référence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Scenario “%1” instead of the baseline</source>
        <translation>Scénario «&#xa0;%1&#xa0;» au lieu du scénario de référence</translation>
    </message>
    <message>
        <source>Lifecycle CO2e (training + inference) of the baseline minus this option; energy saved %1</source>
        <translation>CO2e sur le cycle de vie (entraînement + inférence) du scénario de référence moins celui de cette option&#xa0;; énergie économisée %1</translation>
    </message>
    <message>
        <source>Cost change per tonne of CO2e saved; negative when the option also saves money</source>
        <translation>Variation du coût par tonne de CO2e économisée&#xa0;; négative lorsque l’option fait aussi économiser de l’argent</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>CO2e saved</source>
        <translation>CO2e économisé</translation>
    </message>
    <message>
        <source>P5–P95 saved</source>
        <translation>P5–P95 économisé</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Variation du coût</translation>
    </message>
    <message>
        <source>Cost per t saved</source>
        <translation>Coût par t économisée</translation>
    </message>
    <message>
        <source>Quality cost: %1</source>
        <translation>Coût en qualité : %1</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::RegionPicker</name>
    <message>
        <source>(none: give the intensity)</source>
        <translation>(aucune&#xa0;: indiquez l’intensité)</translation>
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
    <name>greenlight::ui::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Why train this model? What problem does it solve?</source>
        <translation>Pourquoi entraîner ce modèle&#xa0;? Quel problème résout-il&#xa0;?</translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Bénéfice attendu</translation>
    </message>
    <message>
        <source>What do we expect to gain, and for whom?</source>
        <translation>Que comptons-nous y gagner, et pour qui&#xa0;?</translation>
    </message>
    <message>
        <source>Edit expected benefit</source>
        <translation>Modifier le bénéfice attendu</translation>
    </message>
    <message>
        <source>How the benefit is measured</source>
        <translation>Mesure du bénéfice</translation>
    </message>
    <message>
        <source>Benchmark, metric and target that will show the gain</source>
        <translation>Benchmark, métrique et cible qui montreront le gain</translation>
    </message>
    <message>
        <source>Edit how the benefit is measured</source>
        <translation>Modifier la mesure du bénéfice</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>What could go wrong: overruns, reruns, misuse…</source>
        <translation>Ce qui pourrait mal tourner&#xa0;: dépassements, réexécutions, usage abusif…</translation>
    </message>
    <message>
        <source>Edit risks</source>
        <translation>Modifier les risques</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>Expected &amp;benefit</source>
        <translation>&amp;Bénéfice attendu</translation>
    </message>
    <message>
        <source>How the benefit is &amp;measured</source>
        <translation>&amp;Mesure du bénéfice</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risques</translation>
    </message>
    <message>
        <source>The alternatives the team considered, each modelled by a scenario. Their savings appear under Recommendations.</source>
        <translation>Les alternatives envisagées par l’équipe, chacune modélisée par un scénario. Leurs économies apparaissent sous Recommandations.</translation>
    </message>
    <message>
        <source>Alternatives considered</source>
        <translation>Alternatives envisagées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Add alternative</source>
        <translation>&amp;Ajouter une alternative</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>Ajouter une alternative</translation>
    </message>
    <message>
        <source>Remove alternative</source>
        <translation>Supprimer l’alternative</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Éléments&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Répondre à la question de la liste de contrôle</translation>
    </message>
    <message>
        <source>Edit checklist note</source>
        <translation>Modifier la note de la liste de contrôle</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Examinateurs</translation>
    </message>
    <message>
        <source>Double-click a name to edit it.</source>
        <translation>Double-cliquez sur un nom pour le modifier.</translation>
    </message>
    <message>
        <source>Name, role</source>
        <translation>Nom, rôle</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation>Nouvel examinateur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Re&amp;viewers</source>
        <translation>E&amp;xaminateurs</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Ajouter un examinateur</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>Supprimer l’examinateur</translation>
    </message>
    <message>
        <source>Edit reviewer</source>
        <translation>Modifier l’examinateur</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change review date</source>
        <translation>Modifier la date de l’examen</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Approuver sous conditions</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>Change decision</source>
        <translation>Modifier la décision</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Conditions of the approval: caps, schedule, checkpoints…</source>
        <translation>Conditions de l’approbation&#xa0;: plafonds, calendrier, points de contrôle…</translation>
    </message>
    <message>
        <source>Edit conditions</source>
        <translation>Modifier les conditions</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <source>Recommendations ranked by CO2e saved</source>
        <translation>Recommandations classées par CO2e économisé</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (référence)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>Kind of alternative %1</source>
        <translation>Type de l’alternative %1</translation>
    </message>
    <message>
        <source>Scenario of alternative %1</source>
        <translation>Scénario de l’alternative %1</translation>
    </message>
    <message>
        <source>Note on alternative %1</source>
        <translation>Note sur l’alternative %1</translation>
    </message>
    <message>
        <source>Why it was or was not chosen</source>
        <translation>Pourquoi elle a été retenue ou non</translation>
    </message>
    <message>
        <source>Change kind of alternative</source>
        <translation>Modifier le type d’alternative</translation>
    </message>
    <message>
        <source>Link alternative to scenario</source>
        <translation>Associer l’alternative à un scénario</translation>
    </message>
    <message>
        <source>Edit alternative note</source>
        <translation>Modifier la note de l’alternative</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;small&gt;No figures yet.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Pas encore de chiffres.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Add scenarios to get recommendations.</source>
        <translation>Ajoutez des scénarios pour obtenir des recommandations.</translation>
    </message>
    <message>
        <source>Levers applied to the baseline “%1” and the other scenarios, ranked by lifecycle CO2e saved; costs in %2.</source>
        <translation>Leviers appliqués au scénario de référence «&#xa0;%1&#xa0;» et aux autres scénarios, classés par CO2e économisé sur le cycle de vie&#xa0;; coûts en %2.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioEditor</name>
    <message>
        <source>Name: a scenario needs a name; kept “%1”</source>
        <translation>Nom&#xa0;: un scénario doit avoir un nom&#xa0;; «&#xa0;%1&#xa0;» conservé</translation>
    </message>
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
        <translation>Paramètres activés (pour les MoE&#xa0;: par jeton)</translation>
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
        <translation>Taux d’utilisation des FLOP du modèle&#xa0;: débit atteint / débit crête</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Numeric precision of training: sets the accelerator&apos;s peak throughput</source>
        <translation>Précision numérique de l’entraînement&#xa0;: détermine le débit crête de l’accélérateur</translation>
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
        <translation>Puissance moyenne tout compris par accélérateur (mesurée)&#xa0;: rien n’y est ajouté</translation>
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
        <translation>Un autre scénario s’appelle déjà «&#xa0;%1&#xa0;».</translation>
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
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
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
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Cannot estimate: %1</source>
        <translation>Estimation impossible&#xa0;: %1</translation>
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
        <translation>Publié&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Devise d’affichage</translation>
    </message>
    <message>
        <source>&lt;small&gt;Prices are entered in US dollars, the catalog&apos;s unit; costs are shown in %1 (1 USD = %2 %1, %3).&lt;/small&gt;</source>
        <translation>&lt;small&gt;Les prix sont saisis en dollars américains, l’unité du catalogue&#xa0;; les coûts sont affichés en %1 (1 USD = %2 %1, %3).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Total parameters (MoE)</source>
        <translation>Paramètres au total (MoE)</translation>
    </message>
    <message>
        <source>Mixture of experts: every expert, held in memory when the model is served; empty for a dense model</source>
        <translation>Mélange d’experts : tous les experts, gardés en mémoire quand le modèle est servi ; vide pour un modèle dense</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>Puissance de l’hôte</translation>
    </message>
    <message>
        <source>CPU, memory, network and fan power of the server, per accelerator (the catalog divides the server&apos;s host power by its accelerators)</source>
        <translation>Puissance des CPU, de la mémoire, du réseau et des ventilateurs du serveur, par accélérateur (le catalogue divise la puissance de l’hôte du serveur par ses accélérateurs)</translation>
    </message>
    <message>
        <source>Offsets retired</source>
        <translation>Compensations retirées</translation>
    </message>
    <message>
        <source>Carbon offsets bought for this work, e.g. with a &quot;carbon-neutral&quot; offer. Shown beside the emissions, never subtracted from them; renewable certificates go in the renewable share instead.</source>
        <translation>Compensations carbone achetées pour ce travail, par exemple avec une offre «&#x202f;neutre en carbone&#x202f;». Montrées à côté des émissions, jamais déduites&#x202f;; les certificats d’énergie renouvelable vont plutôt dans la part renouvelable.</translation>
    </message>
    <message>
        <source>t CO2e</source>
        <translation>t CO2e</translation>
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
        <translation>Estimation impossible&#xa0;: %1</translation>
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
        <translation>Planification&#xa0;: la région du scénario sélectionné n’a pas de profil horaire.
Des profils horaires sont fournis pour huit zones d’équilibrage américaines (p. ex. US-CISO, US-ERCO, US-PJM)&#xa0;;
la commande schedule de la CLI en importe d’autres.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Planification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schedule: %1
best start of a %2 run: %3 UTC (%4, vs %5 starting at the window&apos;s start)</source>
        <translation>Planification&#xa0;: %1
meilleur départ pour une exécution de %2&#xa0;: %3 UTC (%4, contre %5 en démarrant au début de la fenêtre)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ServingChart</name>
    <message>
        <source>Serving: energy and latency against the batch size</source>
        <translation>Service : énergie et latence selon la taille de lot</translation>
    </message>
    <message>
        <source>Requests decoded together (batch)</source>
        <translation>Requêtes décodées ensemble (lot)</translation>
    </message>
    <message>
        <source>Energy per request (Wh), per output token (J)</source>
        <translation>Énergie par requête (Wh), par jeton de sortie (J)</translation>
    </message>
    <message>
        <source>Latency per output token (ms)</source>
        <translation>Latence par jeton de sortie (ms)</translation>
    </message>
    <message>
        <source>Energy per request by boundary (Wh)</source>
        <translation>Énergie par requête selon le périmètre (Wh)</translation>
    </message>
    <message>
        <source>Wh per request</source>
        <translation>Wh par requête</translation>
    </message>
    <message>
        <source>The selected scenario has no deployment.
Add one in its Deployment section to see how batching moves energy and latency.</source>
        <translation>Le scénario sélectionné n’a pas de déploiement.
Ajoutez-en un dans sa section Déploiement pour voir comment le batching change l’énergie et la latence.</translation>
    </message>
    <message>
        <source>This deployment uses a measured energy per request:
the serving model has nothing to sweep.</source>
        <translation>Ce déploiement utilise une énergie mesurée par requête :
le modèle de service n’a rien à balayer.</translation>
    </message>
    <message>
        <source>IT energy per request (Wh)</source>
        <translation>Énergie informatique par requête (Wh)</translation>
    </message>
    <message>
        <source>accelerator energy per output token (J)</source>
        <translation>énergie des accélérateurs par jeton de sortie (J)</translation>
    </message>
    <message>
        <source>latency per output token (ms)</source>
        <translation>latence par jeton de sortie (ms)</translation>
    </message>
    <message>
        <source>this deployment (batch %1)</source>
        <translation>ce déploiement (lot de %1)</translation>
    </message>
    <message>
        <source>accelerators (busy)</source>
        <translation>accélérateurs (occupés)</translation>
    </message>
    <message>
        <source>host (CPU, memory)</source>
        <translation>hôte (CPU, mémoire)</translation>
    </message>
    <message>
        <source>idle capacity</source>
        <translation>capacité inactive</translation>
    </message>
    <message>
        <source>facility overhead (PUE)</source>
        <translation>surcoût de l’installation (PUE)</translation>
    </message>
    <message>
        <source>%1
accelerators %2 Wh, host %3 Wh, idle capacity %4 Wh, facility overhead %5 Wh; embodied %6 g CO2e per request</source>
        <translation>%1
accélérateurs %2 Wh, hôte %3 Wh, capacité inactive %4 Wh, surcoût de l’installation %5 Wh ; intrinsèque %6 g CO2e par requête</translation>
    </message>
    <message>
        <source>No scenario has a deployment yet.</source>
        <translation>Aucun scénario n’a encore de déploiement.</translation>
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
        <translation>Compromis&#xa0;: CO2e en fonction du coût</translation>
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
    <message>
        <source>Cost (%1)</source>
        <translation>Coût (%1)</translation>
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
        <translation>Les données définies dans le scénario sont fixes, sauf si vous leur donnez une plage. Log-normale&#xa0;: bas et haut sont P5 et P95, le mode est la médiane.</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Plage de %1</translation>
    </message>
    <message>
        <source>Total CO2e (training): P5 %1, P50 %2, P95 %3 — %4 samples, seed %5, %6 varied inputs</source>
        <translation>CO2e total (entraînement)&#xa0;: P5 %1, P50 %2, P95 %3 — %4 échantillons, graine %5, %6 données variées</translation>
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
    <name>greenlight::ui::WorkshopsDialog</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Exercise text</source>
        <translation>Texte de l’exercice</translation>
    </message>
    <message>
        <source>&amp;Open Exercise</source>
        <translation>&amp;Ouvrir l’exercice</translation>
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
        <translation>Fichier de projet à ouvrir (par défaut&#xa0;: l’exemple).</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (tests, screenshots).</source>
        <translation>Quitter après &lt;ms&gt; millisecondes (tests, captures d’écran).</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and the memory used.</source>
        <translation>Afficher le temps jusqu’au premier affichage de la fenêtre et la mémoire utilisée.</translation>
    </message>
    <message>
        <source>Language of the interface: en, de, fr or es (default: Preferences, else the system locale).</source>
        <translation>Langue de l’interface&#xa0;: en, de, fr ou es (par défaut&#xa0;: Préférences, sinon la langue du système).</translation>
    </message>
</context>
</TS>
