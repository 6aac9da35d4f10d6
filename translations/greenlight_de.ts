<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Commands</name>
    <message>
        <source>Add scenario</source>
        <translation>Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Unlink measured run</source>
        <translation>Verknüpfung des Messlaufs aufheben</translation>
    </message>
    <message>
        <source>Link measured run to “%1”</source>
        <translation>Messlauf mit „%1“ verknüpfen</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Szenario verschieben</translation>
    </message>
    <message>
        <source>Remove measured run “%1”</source>
        <translation>Messlauf „%1“ entfernen</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Energy (facility)</source>
        <translation>Energie (Rechenzentrum)</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e, standortbasiert</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, marktbasiert</translation>
    </message>
    <message>
        <source>CO2e, embodied</source>
        <translation>CO2e, graue Emissionen</translation>
    </message>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e, gesamt</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Beschleunigerstunden</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source> g CO2e</source>
        <translation> g CO2e</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Tool: %1 %2</source>
        <translation>Werkzeug: %1 %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Hardware: %1</source>
        <translation>Hardware: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>PUE applied by the tool: %1 (%2)</source>
        <translation>Vom Werkzeug angewendete PUE: %1 (%2)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Embodied (amortised)</source>
        <translation>Graue Emissionen (umgelegt)</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Facility overhead (PUE)</source>
        <translation>Rechenzentrums-Overhead (PUE)</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>CO2-Preis</translation>
    </message>
    <message>
        <source>On-site (cooling)</source>
        <translation>Vor Ort (Kühlung)</translation>
    </message>
    <message>
        <source>Off-site (electricity)</source>
        <translation>Extern (Stromerzeugung)</translation>
    </message>
    <message>
        <source>CO2e per scenario</source>
        <translation>CO2e je Szenario</translation>
    </message>
    <message>
        <source>Facility energy per scenario</source>
        <translation>Rechenzentrumsenergie je Szenario</translation>
    </message>
    <message>
        <source>Cost per scenario</source>
        <translation>Kosten je Szenario</translation>
    </message>
    <message>
        <source>Water per scenario</source>
        <translation>Wasser je Szenario</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
</context>
<context>
    <name>greenlight::ui</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Quelle: %2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::CatalogBrowser</name>
    <message>
        <source>V (primary source)</source>
        <translation>V (Primärquelle)</translation>
    </message>
    <message>
        <source>S (secondary copies)</source>
        <translation>S (nur Sekundärquellen)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Catalog sections</source>
        <translation>Katalogbereiche</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Search accelerators (id, name, vendor)…</source>
        <translation>Beschleuniger suchen (ID, Name, Hersteller) …</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Search regions (country, grid, cloud region, id)…</source>
        <translation>Regionen suchen (Land, Stromnetz, Cloud-Region, ID) …</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Search providers…</source>
        <translation>Anbieter suchen …</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Search default constants…</source>
        <translation>Standardkonstanten suchen …</translation>
    </message>
    <message>
        <source>Equivalences</source>
        <translation>Äquivalenzen</translation>
    </message>
    <message>
        <source>Search equivalences…</source>
        <translation>Äquivalenzen suchen …</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Datennachweise</translation>
    </message>
    <message>
        <source>Search data credits…</source>
        <translation>Datennachweise suchen …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record details with sources</source>
        <translation>Eintragsdetails mit Quellen</translation>
    </message>
    <message>
        <source>Select a record to see every field with its source.</source>
        <translation>Wählen Sie einen Eintrag, um jedes Feld mit seiner Quelle zu sehen.</translation>
    </message>
    <message>
        <source>Add / Edit &amp;User Record…</source>
        <translation>&amp;Benutzereintrag hinzufügen/bearbeiten …</translation>
    </message>
    <message>
        <source>Add an accelerator or region, or override the selected one with your own figures and source. Saved in %1.</source>
        <translation>Fügen Sie einen Beschleuniger oder eine Region hinzu oder überschreiben Sie den ausgewählten Eintrag mit eigenen Werten und Quelle. Gespeichert in %1.</translation>
    </message>
    <message>
        <source>User records are read from %1 when Greenlight starts.</source>
        <translation>Benutzereinträge werden beim Start von Greenlight aus %1 gelesen.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>Shows the records where any field contains the text.</source>
        <translation>Zeigt die Einträge, bei denen ein beliebiges Feld den Text enthält.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Power basis</source>
        <translation>Leistungsbasis</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Speicher (GB)</translation>
    </message>
    <message>
        <source>Peak (TFLOP/s)</source>
        <translation>Spitze (TFLOP/s)</translation>
    </message>
    <message>
        <source>Default precision</source>
        <translation>Standardpräzision</translation>
    </message>
    <message>
        <source>Embodied (kg CO₂e)</source>
        <translation>Graue Emissionen (kg CO₂e)</translation>
    </message>
    <message>
        <source>Embodied basis</source>
        <translation>Basis graue Emissionen</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>Preis (USD/h)</translation>
    </message>
    <message>
        <source>Price offer</source>
        <translation>Preisangebot</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Erscheinungsjahr</translation>
    </message>
    <message>
        <source>%1 g/kWh, %2: %3</source>
        <translation>%1 g/kWh, %2: %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Intensity (g CO₂e/kWh)</source>
        <translation>Intensität (g CO₂e/kWh)</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>CFE share</source>
        <translation>CFE-Anteil</translation>
    </message>
    <message>
        <source>Other published intensities</source>
        <translation>Weitere veröffentlichte Intensitäten</translation>
    </message>
    <message>
        <source>Hourly profile</source>
        <translation>Stundenprofil</translation>
    </message>
    <message>
        <source>PUE low</source>
        <translation>PUE niedrig</translation>
    </message>
    <message>
        <source>PUE high</source>
        <translation>PUE hoch</translation>
    </message>
    <message>
        <source>%1 %2 / %3 / %4</source>
        <translation>%1 %2 / %3 / %4</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Range (low / mode / high)</source>
        <translation>Bereich (niedrig / Modalwert / hoch)</translation>
    </message>
    <message>
        <source>g CO₂e per unit</source>
        <translation>g CO₂e je Einheit</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User record saved</source>
        <translation>Benutzereintrag gespeichert</translation>
    </message>
    <message>
        <source>Saved to %1.

The record takes effect the next time Greenlight starts.</source>
        <translation>Gespeichert in %1.

Der Eintrag wird beim nächsten Start von Greenlight wirksam.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::CatalogRecordDialog</name>
    <message>
        <source>New Accelerator</source>
        <translation>Neuer Beschleuniger</translation>
    </message>
    <message>
        <source>Edit Accelerator “%1”</source>
        <translation>Beschleuniger „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation>&amp;TDP:</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Board power (TDP/TGP). Leave at “none” for chips without a published figure: scenarios must then give the measured power.</source>
        <translation>Board-Leistung (TDP/TGP). Lassen Sie „keine“ stehen, wenn für den Chip kein Wert veröffentlicht ist: Szenarien müssen dann die gemessene Leistung angeben.</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>Spei&amp;cher:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Device memory.</source>
        <translation>Gerätespeicher.</translation>
    </message>
    <message>
        <source>Peak %1:</source>
        <translation>Spitze %1:</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Dense peak throughput at %1 (no sparsity); “none” if the device has no such mode.</source>
        <translation>Dichter Spitzendurchsatz bei %1 (ohne Sparsität); „keine“, wenn das Gerät diesen Modus nicht hat.</translation>
    </message>
    <message>
        <source>Default precision</source>
        <translation>Standardpräzision</translation>
    </message>
    <message>
        <source>The precision training normally uses on this device; it needs a peak value.</source>
        <translation>Die Präzision, mit der auf diesem Gerät üblicherweise trainiert wird; sie benötigt einen Spitzenwert.</translation>
    </message>
    <message>
        <source>Default &amp;precision:</source>
        <translation>Standard&amp;präzision:</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>&amp;Graue Emissionen:</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>Manufacturing emissions of the chip.</source>
        <translation>Herstellungsemissionen des Chips.</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>P&amp;reis:</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Typical on-demand price per accelerator-hour.</source>
        <translation>Üblicher On-Demand-Preis je Beschleunigerstunde.</translation>
    </message>
    <message>
        <source>New Region</source>
        <translation>Neue Region</translation>
    </message>
    <message>
        <source>Edit Region “%1”</source>
        <translation>Region „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code of the country it lies in, e.g. FRA.</source>
        <translation>ISO-3166-1-Alpha-3-Code des Landes, in dem sie liegt, z. B. FRA.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>For cloud regions: aws, gcp, azure, alibaba.</source>
        <translation>Für Cloud-Regionen: aws, gcp, azure, alibaba.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>&amp;Intensität:</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>Annual average grid carbon intensity.</source>
        <translation>Jahresmittel der CO₂-Intensität des Stromnetzes.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Life-cycle or operational (direct) emissions factor.</source>
        <translation>Emissionsfaktor für den Lebenszyklus oder den Betrieb (direkt).</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>P&amp;UE:</source>
        <translation>P&amp;UE:</translation>
    </message>
    <message>
        <source>The provider&apos;s PUE in this region (≥ 1).</source>
        <translation>Die PUE des Anbieters in dieser Region (≥ 1).</translation>
    </message>
    <message>
        <source>C&amp;FE share:</source>
        <translation>C&amp;FE-Anteil:</translation>
    </message>
    <message>
        <source>Carbon-free energy share, 0–1 (Google publishes it per region).</source>
        <translation>Anteil CO₂-freier Energie, 0–1 (von Google je Region veröffentlicht).</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Unique id. A user record with the id of a shipped record overrides it.</source>
        <translation>Eindeutige ID. Ein Benutzereintrag mit der ID eines mitgelieferten Eintrags überschreibt diesen.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Paper + table, datasheet title, or repository@commit + path</source>
        <translation>Publikation + Tabelle, Datenblatttitel oder Repository@Commit + Pfad</translation>
    </message>
    <message>
        <source>Required: where a reader can check these numbers.</source>
        <translation>Erforderlich: wo Leser diese Zahlen überprüfen können.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>The year the numbers refer to, or the publication year.</source>
        <translation>Das Jahr, auf das sich die Zahlen beziehen, oder das Erscheinungsjahr.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>V — read in a primary source</source>
        <translation>V — in einer Primärquelle gelesen</translation>
    </message>
    <message>
        <source>S — secondary copies only</source>
        <translation>S — nur Sekundärquellen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ComparisonModel</name>
    <message>
        <source>cannot estimate</source>
        <translation>nicht schätzbar</translation>
    </message>
    <message>
        <source>%1 = %2 %3 — select to see how it was computed</source>
        <translation>%1 = %2 %3 — auswählen, um die Berechnung zu sehen</translation>
    </message>
    <message>
        <source>%1
(baseline)</source>
        <translation>%1
(Referenz)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
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
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Zielkonflikt</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplanung</translation>
    </message>
    <message>
        <source>Comparison against the baseline</source>
        <translation>Vergleich mit der Referenz</translation>
    </message>
    <message>
        <source>Copy table as TSV</source>
        <translation>Tabelle als TSV kopieren</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::DeploymentEditor</name>
    <message>
        <source>Deploy the trained model</source>
        <translation>Trainiertes Modell bereitstellen</translation>
    </message>
    <message>
        <source>Add the inference phase: the lifecycle, per-request figures and break-even</source>
        <translation>Inferenzphase hinzufügen: Lebenszyklus, Werte je Anfrage und Break-even</translation>
    </message>
    <message>
        <source>First principles (2·N FLOPs per token)</source>
        <translation>Analytisch (2·N FLOPs je Token)</translation>
    </message>
    <message>
        <source>Serving fleet (accelerators around the clock)</source>
        <translation>Inferenzflotte (Beschleuniger rund um die Uhr)</translation>
    </message>
    <message>
        <source>Energy per request</source>
        <translation>Energie je Anfrage</translation>
    </message>
    <message>
        <source>Serving energy from</source>
        <translation>Inferenzenergie aus</translation>
    </message>
    <message>
        <source>Same as training</source>
        <translation>Wie beim Training</translation>
    </message>
    <message>
        <source>Serving accelerator</source>
        <translation>Inferenzbeschleuniger</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation>Token je Anfrage</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Fleet size</source>
        <translation>Flottengröße</translation>
    </message>
    <message>
        <source>dev.</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
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
        <translation>JJJJ-MM-TT (optional)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Same site as training</source>
        <translation>Gleicher Standort wie beim Training</translation>
    </message>
    <message>
        <source>Serving region</source>
        <translation>Inferenzregion</translation>
    </message>
    <message>
        <source>Serving PUE</source>
        <translation>PUE im Inferenzbetrieb</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Add deployment</source>
        <translation>Bereitstellung hinzufügen</translation>
    </message>
    <message>
        <source>Remove deployment</source>
        <translation>Bereitstellung entfernen</translation>
    </message>
    <message>
        <source>Change serving mode</source>
        <translation>Inferenzmodus ändern</translation>
    </message>
    <message>
        <source>Change serving accelerator</source>
        <translation>Inferenzbeschleuniger ändern</translation>
    </message>
    <message>
        <source>Change start date</source>
        <translation>Startdatum ändern</translation>
    </message>
    <message>
        <source>Change serving region</source>
        <translation>Inferenzregion ändern</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 requests over %2 months
per request: %3 Wh, %4 g CO2e
inference: %5, %6, %7
lifecycle (training + inference): %8</source>
        <translation>%1 Anfragen über %2 Monate
je Anfrage: %3 Wh, %4 g CO2e
Inferenz: %5, %6, %7
Lebenszyklus (Training + Inferenz): %8</translation>
    </message>
    <message>
        <source>The deployment cannot be estimated; see the problems below the tabs.</source>
        <translation>Die Bereitstellung kann nicht geschätzt werden; siehe die Probleme unter den Registerkarten.</translation>
    </message>
    <message>
        <source>Training only. Deploy the model to see its lifecycle and break-even.</source>
        <translation>Nur Training. Stellen Sie das Modell bereit, um Lebenszyklus und Break-even zu sehen.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::Document</name>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Referenz festlegen</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <source>no measured run found in the file</source>
        <translation>kein Messlauf in der Datei gefunden</translation>
    </message>
    <message>
        <source>measured run</source>
        <translation>Messlauf</translation>
    </message>
    <message>
        <source>a measured run named “%1” already exists; added as “%2”</source>
        <translation>ein Messlauf namens „%1“ ist bereits vorhanden; als „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>Import measured run “%1”</source>
        <translation>Messlauf „%1“ importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measured run(s)</source>
        <translation>
            <numerusform>%n Messlauf importieren</numerusform>
            <numerusform>%n Messläufe importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibrate “%1” from measured runs</source>
        <translation>„%1“ anhand von Messläufen kalibrieren</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Select a number in the table to see how it was computed and where each input comes from.</source>
        <translation>Wählen Sie eine Zahl in der Tabelle, um zu sehen, wie sie berechnet wurde und woher jede Eingabe stammt.</translation>
    </message>
    <message>
        <source>This scenario cannot be estimated:
</source>
        <translation>Dieses Szenario kann nicht geschätzt werden:
</translation>
    </message>
    <message>
        <source>set in the scenario</source>
        <translation>im Szenario festgelegt</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::FileController</name>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Greenlight projects (*.greenlight.json);;JSON files (*.json)</source>
        <translation>Greenlight-Projekte (*.greenlight.json);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” could not be opened; the open project is unchanged.</source>
        <translation>„%1“ konnte nicht geöffnet werden; das geöffnete Projekt bleibt unverändert.</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Greenlight projects (*.greenlight.json)</source>
        <translation>Greenlight-Projekte (*.greenlight.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Greenlight was not closed properly last time. Unsaved changes%1 were kept from %2. Restore them?</source>
        <translation>Greenlight wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Änderungen%1 vom %2 wurden aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source> to “%1”</source>
        <translation> an „%1“</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The autosaved work could not be read.</source>
        <translation>Die automatisch gespeicherte Arbeit konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::LeversEditor</name>
    <message>
        <source>Pruning</source>
        <translation>Pruning</translation>
    </message>
    <message>
        <source>Remove weights, retrain, serve a sparser model</source>
        <translation>Gewichte entfernen, nachtrainieren, ein dünner besetztes Modell betreiben</translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation>Sparsität</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Unstructured (little speed-up on dense hardware)</source>
        <translation>Unstrukturiert (kaum Beschleunigung auf dichter Hardware)</translation>
    </message>
    <message>
        <source>2:4 semi-structured (sparse tensor cores)</source>
        <translation>2:4 halbstrukturiert (Sparse Tensor Cores)</translation>
    </message>
    <message>
        <source>Structured (smaller dense model)</source>
        <translation>Strukturiert (kleineres dichtes Modell)</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>Nachtraining</translation>
    </message>
    <message>
        <source>× run</source>
        <translation>× Lauf</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Lower precision in training and/or serving</source>
        <translation>Geringere Präzision in Training und/oder Inferenz</translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation>Trainingspräzision</translation>
    </message>
    <message>
        <source>Serving precision</source>
        <translation>Inferenzpräzision</translation>
    </message>
    <message>
        <source>Post-training (PTQ, no training cost)</source>
        <translation>Nach dem Training (PTQ, keine Trainingskosten)</translation>
    </message>
    <message>
        <source>Quantisation-aware training (QAT)</source>
        <translation>Quantisierungsbewusstes Training (QAT)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <source>Train a smaller student on the teacher&apos;s outputs</source>
        <translation>Ein kleineres Schülermodell mit den Ausgaben des Lehrermodells trainieren</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schülermodell</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrermodell</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>bn tokens</source>
        <translation>Mrd. Token</translation>
    </message>
    <message>
        <source>Quality kept</source>
        <translation>Erhaltene Qualität</translation>
    </message>
    <message>
        <source>Count the teacher&apos;s own training</source>
        <translation>Eigenes Training des Lehrermodells einrechnen</translation>
    </message>
    <message>
        <source>Fine-tune instead of pretraining</source>
        <translation>Fine-Tuning statt Vortraining</translation>
    </message>
    <message>
        <source>Start from a pretrained model: full fine-tuning or LoRA adapters</source>
        <translation>Von einem vortrainierten Modell ausgehen: vollständiges Fine-Tuning oder LoRA-Adapter</translation>
    </message>
    <message>
        <source>LoRA / adapters</source>
        <translation>LoRA / Adapter</translation>
    </message>
    <message>
        <source>Fine-tuning tokens</source>
        <translation>Fine-Tuning-Token</translation>
    </message>
    <message>
        <source>Pretraining not attributed</source>
        <translation>Vortraining nicht zugerechnet</translation>
    </message>
    <message>
        <source>Amortised over downstream uses</source>
        <translation>Auf nachgelagerte Nutzungen umgelegt</translation>
    </message>
    <message>
        <source>Fully attributed</source>
        <translation>Vollständig zugerechnet</translation>
    </message>
    <message>
        <source>Pretrained footprint</source>
        <translation>Fußabdruck des Vortrainings</translation>
    </message>
    <message>
        <source>Pretrained CO2e</source>
        <translation>CO2e des Vortrainings</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Downstream uses</source>
        <translation>Nachgelagerte Nutzungen</translation>
    </message>
    <message>
        <source>Experiment budget</source>
        <translation>Experimentbudget</translation>
    </message>
    <message>
        <source>Early stopping and extra runs (sweeps, ablations)</source>
        <translation>Early Stopping und zusätzliche Läufe (Sweeps, Ablationen)</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Early Stopping</translation>
    </message>
    <message>
        <source>of tokens</source>
        <translation>der Token</translation>
    </message>
    <message>
        <source>Extra runs</source>
        <translation>Zusätzliche Läufe</translation>
    </message>
    <message>
        <source>Lever effects</source>
        <translation>Wirkung der Maßnahmen</translation>
    </message>
    <message>
        <source>Add pruning</source>
        <translation>Pruning hinzufügen</translation>
    </message>
    <message>
        <source>Remove pruning</source>
        <translation>Pruning entfernen</translation>
    </message>
    <message>
        <source>Add quantisation</source>
        <translation>Quantisierung hinzufügen</translation>
    </message>
    <message>
        <source>Remove quantisation</source>
        <translation>Quantisierung entfernen</translation>
    </message>
    <message>
        <source>Add distillation</source>
        <translation>Destillation hinzufügen</translation>
    </message>
    <message>
        <source>Remove distillation</source>
        <translation>Destillation entfernen</translation>
    </message>
    <message>
        <source>Fine-tune instead</source>
        <translation>Stattdessen Fine-Tuning</translation>
    </message>
    <message>
        <source>Pretrain instead</source>
        <translation>Stattdessen Vortraining</translation>
    </message>
    <message>
        <source>Add experiment budget</source>
        <translation>Experimentbudget hinzufügen</translation>
    </message>
    <message>
        <source>Remove experiment budget</source>
        <translation>Experimentbudget entfernen</translation>
    </message>
    <message>
        <source>Change pruning structure</source>
        <translation>Pruning-Struktur ändern</translation>
    </message>
    <message>
        <source>Change training precision</source>
        <translation>Trainingspräzision ändern</translation>
    </message>
    <message>
        <source>Change serving precision</source>
        <translation>Inferenzpräzision ändern</translation>
    </message>
    <message>
        <source>Change quantisation method</source>
        <translation>Quantisierungsmethode ändern</translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation>Training des Lehrermodells</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>Pretrained footprint policy</source>
        <translation>Zurechnung des Vortrainings</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) listed in the project file</source>
        <translation>
            <numerusform>%n Lauf in der Projektdatei aufgeführt</numerusform>
            <numerusform>%n Läufe in der Projektdatei aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>none (use the experiments multiplier in Model &amp; workload)</source>
        <translation>keine (Experimentfaktor unter „Modell &amp; Arbeitslast“ verwenden)</translation>
    </message>
    <message>
        <source>No lever applied.</source>
        <translation>Keine Maßnahme angewendet.</translation>
    </message>
    <message>
        <source>Effects:
%1</source>
        <translation>Wirkung:
%1</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::LifecycleChart</name>
    <message>
        <source>Lifecycle: cumulative CO2e, training then inference</source>
        <translation>Lebenszyklus: kumuliertes CO2e, erst Training, dann Inferenz</translation>
    </message>
    <message>
        <source>Months after deployment start</source>
        <translation>Monate nach Beginn der Bereitstellung</translation>
    </message>
    <message>
        <source>Cumulative CO2e (t)</source>
        <translation>Kumuliertes CO2e (t)</translation>
    </message>
    <message>
        <source>break-even after %1 requests%2</source>
        <translation>Break-even nach %1 Anfragen%2</translation>
    </message>
    <message>
        <source>No scenario has a deployment yet.
Add one in the scenario&apos;s Deployment section to see
training plus inference over time and the break-even points.</source>
        <translation>Noch kein Szenario hat eine Bereitstellung.
Fügen Sie im Abschnitt „Bereitstellung“ eines Szenarios eine hinzu, um
Training plus Inferenz im Zeitverlauf und die Break-even-Punkte zu sehen.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MainWindow</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Messläufe</translation>
    </message>
    <message>
        <source>Select any number to see how it was computed.</source>
        <translation>Wählen Sie eine beliebige Zahl, um zu sehen, wie sie berechnet wurde.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New from &amp;Preset…</source>
        <translation>Neu aus &amp;Vorgabe …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Import Measured Run…</source>
        <translation>Messlauf &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Copy comparison table (TSV)</source>
        <translation>Vergleichstabelle kopieren (TSV)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Mark as &amp;baseline</source>
        <translation>Als &amp;Referenz festlegen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>&amp;Katalog …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>Ü&amp;ber Greenlight</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
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
        <translation>Über Greenlight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Plan, compare and justify the energy, carbon, water and cost of training machine-learning models.&lt;/p&gt;&lt;p&gt;Data credits:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Energie, CO₂, Wasser und Kosten des Trainings von Machine-Learning-Modellen planen, vergleichen und begründen.&lt;/p&gt;&lt;p&gt;Datennachweise:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MeasuredRunImport</name>
    <message>
        <source>Import measured run</source>
        <translation>Messlauf importieren</translation>
    </message>
    <message>
        <source>Measurement logs (*.csv *.log *.txt);;CodeCarbon emissions (*.csv);;Carbontracker logs (*.log *.txt)</source>
        <translation>Messprotokolle (*.csv *.log *.txt);;CodeCarbon-Emissionen (*.csv);;Carbontracker-Protokolle (*.log *.txt)</translation>
    </message>
    <message>
        <source>Cannot import measured run</source>
        <translation>Messlauf kann nicht importiert werden</translation>
    </message>
    <message>
        <source>“%1” could not be imported; the project is unchanged.</source>
        <translation>„%1“ konnte nicht importiert werden; das Projekt bleibt unverändert.</translation>
    </message>
    <message>
        <source>Measured run imported with warnings</source>
        <translation>Messlauf mit Warnungen importiert</translation>
    </message>
    <message>
        <source>Imported %1 from “%2”, with these notes:</source>
        <translation>%1 aus „%2“ importiert, mit diesen Hinweisen:</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MeasuredRunsPanel</name>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import a CodeCarbon emissions.csv or Carbontracker log</source>
        <translation>Eine CodeCarbon-Datei emissions.csv oder ein Carbontracker-Protokoll importieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Linked scenario</source>
        <translation>Verknüpftes Szenario</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Messläufe</translation>
    </message>
    <message>
        <source>Compare scenario:</source>
        <translation>Szenario vergleichen:</translation>
    </message>
    <message>
        <source>Calibrate scenario…</source>
        <translation>Szenario kalibrieren …</translation>
    </message>
    <message>
        <source>Set the power per accelerator, PUE and grid intensity the linked runs imply</source>
        <translation>Leistung je Beschleuniger, PUE und Netz-CO₂-Intensität so festlegen, wie die verknüpften Läufe sie ergeben</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Measured vs estimated</source>
        <translation>Gemessen vs. geschätzt</translation>
    </message>
    <message>
        <source>Ratio = measured / estimated. Energy is facility energy (after PUE), CO2e is operational, location-based: what CodeCarbon and Carbontracker report.</source>
        <translation>Verhältnis = gemessen / geschätzt. Energie ist Rechenzentrumsenergie (nach PUE), CO2e ist betrieblich und standortbasiert: das, was CodeCarbon und Carbontracker ausgeben.</translation>
    </message>
    <message>
        <source>W/accel. (with PUE)</source>
        <translation>W/Beschl. (mit PUE)</translation>
    </message>
    <message>
        <source>W/accel. (IT)</source>
        <translation>W/Beschl. (IT)</translation>
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
        <translation>Aus jedem Lauf abgeleitete Werte</translation>
    </message>
    <message>
        <source>Energy (kWh, log)</source>
        <translation>Energie (kWh, log.)</translation>
    </message>
    <message>
        <source>CO2e (kg, log)</source>
        <translation>CO2e (kg, log.)</translation>
    </message>
    <message>
        <source>Linked scenario of %1</source>
        <translation>Verknüpftes Szenario von %1</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(nicht verknüpft)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n Lauf)</numerusform>
            <numerusform>%1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CodeCarbon or Carbontracker file (File → Import measured run…, or drop it on the window), then link it to a scenario.</source>
        <translation>Importieren Sie eine CodeCarbon- oder Carbontracker-Datei (Datei → Messlauf importieren …, oder ziehen Sie sie auf das Fenster) und verknüpfen Sie sie dann mit einem Szenario.</translation>
    </message>
    <message>
        <source>Link a run to a scenario to compare it with the estimate.</source>
        <translation>Verknüpfen Sie einen Lauf mit einem Szenario, um ihn mit der Schätzung zu vergleichen.</translation>
    </message>
    <message>
        <source>Ratio = measured / estimated (facility energy, operational location-based CO2e).</source>
        <translation>Verhältnis = gemessen / geschätzt (Rechenzentrumsenergie, betriebliches standortbasiertes CO2e).</translation>
    </message>
    <message>
        <source>%1 accelerator (assumed)</source>
        <translation>%1 Beschleuniger (angenommen)</translation>
    </message>
    <message numerus="yes">
        <source>%n accelerator(s)</source>
        <translation>
            <numerusform>%n Beschleuniger</numerusform>
            <numerusform>%n Beschleuniger</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source> (unknown)</source>
        <translation> (unbekannt)</translation>
    </message>
    <message>
        <source>The tool did not say; 1 assumed</source>
        <translation>Vom Werkzeug nicht angegeben; 1 angenommen</translation>
    </message>
    <message>
        <source>Calibrate “%1”</source>
        <translation>„%1“ kalibrieren</translation>
    </message>
    <message numerus="yes">
        <source>Median over %n measured run(s); applied as one undo step, with the measurements recorded as the source in the scenario notes.</source>
        <translation>
            <numerusform>Median über %n Messlauf; wird in einem rückgängig machbaren Schritt angewendet, die Messungen werden als Quelle in den Szenarionotizen vermerkt.</numerusform>
            <numerusform>Median über %n Messläufe; wird in einem rückgängig machbaren Schritt angewendet, die Messungen werden als Quelle in den Szenarionotizen vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source> (catalog)</source>
        <translation> (Katalog)</translation>
    </message>
    <message>
        <source>Facility energy: %1 → %2; CO2e (location-based): %3 → %4.</source>
        <translation>Rechenzentrumsenergie: %1 → %2; CO2e (standortbasiert): %3 → %4.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
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
        <translation>Gesamt</translation>
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
        <translation>Unbekanntes Format: Verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Währungscode</translation>
    </message>
    <message>
        <source>Three-letter ISO 4217 code of the currency costs are displayed in, e.g. EUR.</source>
        <translation>Dreistelliger ISO-4217-Code der Währung, in der Kosten angezeigt werden, z. B. EUR.</translation>
    </message>
    <message>
        <source>&amp;Display costs in:</source>
        <translation>Kosten &amp;anzeigen in:</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>How many units of the display currency one US dollar buys. Greenlight ships no exchange rates: enter the rate you want to use.</source>
        <translation>Wie viele Einheiten der Anzeigewährung man für einen US-Dollar erhält. Greenlight liefert keine Wechselkurse mit: Geben Sie den Kurs ein, den Sie verwenden möchten.</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>Prices in the catalog and all cost estimates are in US dollars; this rate only converts what is displayed.</source>
        <translation>Preise im Katalog und alle Kostenschätzungen sind in US-Dollar; dieser Kurs rechnet nur die Anzeige um.</translation>
    </message>
    <message>
        <source>New scenarios</source>
        <translation>Neue Szenarien</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <source>The grid region given to new scenarios and to templates from the presets gallery.</source>
        <translation>Die Stromnetzregion für neue Szenarien und für Vorlagen aus der Vorgabengalerie.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>Uncertainty (Monte Carlo)</source>
        <translation>Unsicherheit (Monte-Carlo)</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>Monte-Carlo-Stichproben</translation>
    </message>
    <message>
        <source>Samples drawn per scenario for the P5–P95 ranges. More samples give steadier ranges and take longer.</source>
        <translation>Stichproben je Szenario für die P5–P95-Bereiche. Mehr Stichproben ergeben stabilere Bereiche und dauern länger.</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>&amp;Stichproben:</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <source>A fixed seed makes every run give the same ranges.</source>
        <translation>Mit einem festen Startwert ergibt jede Berechnung dieselben Bereiche.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Colours of the windows and charts.</source>
        <translation>Farben der Fenster und Diagramme.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
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
        <translation>Vorgaben</translation>
    </message>
    <message>
        <source>Start from a published training run — its authors&apos; own inputs, with the footprint they reported beside Greenlight&apos;s estimate — or from a template.</source>
        <translation>Beginnen Sie mit einem veröffentlichten Trainingslauf — mit den eigenen Eingaben der Autoren und dem von ihnen angegebenen Fußabdruck neben der Schätzung von Greenlight — oder mit einer Vorlage.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Published CO₂e</source>
        <translation>Veröffentlichtes CO₂e</translation>
    </message>
    <message>
        <source>Greenlight CO₂e</source>
        <translation>Greenlight-CO₂e</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Published runs show the reported footprint, Greenlight&apos;s estimate from the same inputs and their ratio (estimate ÷ published). Double-click to add to the project.</source>
        <translation>Veröffentlichte Läufe zeigen den angegebenen Fußabdruck, die Schätzung von Greenlight aus denselben Eingaben und deren Verhältnis (Schätzung ÷ veröffentlicht). Doppelklicken Sie auf einen Eintrag, um ihn zum Projekt hinzuzufügen.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>Published footprint and Greenlight&apos;s estimate</source>
        <translation>Veröffentlichter Fußabdruck und Schätzung von Greenlight</translation>
    </message>
    <message>
        <source>Greenlight&apos;s estimate of the run from the inputs below, beside the published figure. Ratio = estimate ÷ published.</source>
        <translation>Schätzung des Laufs durch Greenlight aus den folgenden Eingaben, neben dem veröffentlichten Wert. Verhältnis = Schätzung ÷ veröffentlicht.</translation>
    </message>
    <message>
        <source>Inputs of the preset</source>
        <translation>Eingaben der Vorgabe</translation>
    </message>
    <message>
        <source>&amp;Add to Project</source>
        <translation>Zum Projekt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the preset&apos;s scenario to the open project (one undo step).</source>
        <translation>Das Szenario der Vorgabe zum geöffneten Projekt hinzufügen (in einem Schritt rückgängig zu machen).</translation>
    </message>
    <message>
        <source>&amp;Open as New Project</source>
        <translation>Als neues Projekt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Start a new project holding only this scenario.</source>
        <translation>Ein neues Projekt beginnen, das nur dieses Szenario enthält.</translation>
    </message>
    <message>
        <source>Some presets could not be loaded: %1</source>
        <translation>Einige Vorgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Published run</source>
        <translation>Veröffentlichter Lauf</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Published training run</source>
        <translation>Veröffentlichter Trainingslauf</translation>
    </message>
    <message>
        <source>Template — adapt the inputs to your plan</source>
        <translation>Vorlage — passen Sie die Eingaben an Ihre Planung an</translation>
    </message>
    <message>
        <source>Energy, MWh (facility)</source>
        <translation>Energie, MWh (Rechenzentrum)</translation>
    </message>
    <message>
        <source>Energy, MWh (IT, before PUE)</source>
        <translation>Energie, MWh (IT, vor PUE)</translation>
    </message>
    <message>
        <source>CO₂e, t (location-based)</source>
        <translation>CO₂e, t (standortbasiert)</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Beschleunigerstunden</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Energy (facility)</source>
        <translation>Energie (Rechenzentrum)</translation>
    </message>
    <message>
        <source>CO₂e (location-based)</source>
        <translation>CO₂e (standortbasiert)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Estimate with the catalog&apos;s defaults for everything the template leaves open.</source>
        <translation>Schätzung mit den Standardwerten des Katalogs für alles, was die Vorlage offenlässt.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 billion parameters</source>
        <translation>%1 Milliarden Parameter</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Measured IT energy</source>
        <translation>Gemessene IT-Energie</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Power per accelerator</source>
        <translation>Leistung je Beschleuniger</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Netz-CO₂-Intensität</translation>
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
        <translation>(keine: Intensität angeben)</translation>
    </message>
    <message>
        <source>Search countries, grids, cloud regions…</source>
        <translation>Länder, Stromnetze, Cloud-Regionen suchen …</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioEditor</name>
    <message>
        <source>Scenario name</source>
        <translation>Szenarioname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First principles (6·N·D FLOPs)</source>
        <translation>Analytisch (6·N·D FLOPs)</translation>
    </message>
    <message>
        <source>Devices × duration</source>
        <translation>Geräte × Dauer</translation>
    </message>
    <message>
        <source>Accelerator-hours (published)</source>
        <translation>Beschleunigerstunden (veröffentlicht)</translation>
    </message>
    <message>
        <source>Measured IT energy</source>
        <translation>Gemessene IT-Energie</translation>
    </message>
    <message>
        <source>How the amount of compute is given</source>
        <translation>Wie die Rechenmenge angegeben wird</translation>
    </message>
    <message>
        <source>Workload given as</source>
        <translation>Arbeitslast angegeben als</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Activated parameters (for MoE: per token)</source>
        <translation>Aktivierte Parameter (bei MoE: je Token)</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Trainings-Token</translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation>Im Training verarbeitete Token</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: achieved / peak throughput</source>
        <translation>Modell-FLOPs-Auslastung: erreichter Durchsatz / Spitzendurchsatz</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Numeric precision of training: sets the accelerator&apos;s peak throughput</source>
        <translation>Numerische Präzision des Trainings: bestimmt den Spitzendurchsatz des Beschleunigers</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Wall-clock duration of the run</source>
        <translation>Tatsächliche Gesamtdauer des Laufs</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Beschleunigerstunden</translation>
    </message>
    <message>
        <source>Total accelerator-hours</source>
        <translation>Beschleunigerstunden insgesamt</translation>
    </message>
    <message>
        <source>Energy measured at the IT equipment, before PUE</source>
        <translation>An der IT-Ausrüstung gemessene Energie, vor PUE</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Experiments multiplier</source>
        <translation>Experimentfaktor</translation>
    </message>
    <message>
        <source>Hyper-parameter search, ablations and failed runs, as a multiple of the main run</source>
        <translation>Hyperparametersuche, Ablationen und fehlgeschlagene Läufe, als Vielfaches des Hauptlaufs</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Model &amp;&amp; workload</source>
        <translation>Modell &amp;&amp; Arbeitslast</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Number of accelerators</source>
        <translation>Anzahl der Beschleuniger</translation>
    </message>
    <message>
        <source>dev.</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <source>Measured power</source>
        <translation>Gemessene Leistung</translation>
    </message>
    <message>
        <source>All-in average power per accelerator (measured): nothing is added to it</source>
        <translation>Gemessene mittlere Gesamtleistung je Beschleuniger: Es wird nichts hinzugerechnet</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Lastfaktor</translation>
    </message>
    <message>
        <source>Average power as a fraction of TDP</source>
        <translation>Mittlere Leistung als Anteil der TDP</translation>
    </message>
    <message>
        <source>× TDP</source>
        <translation>× TDP</translation>
    </message>
    <message>
        <source>Host overhead</source>
        <translation>Host-Overhead</translation>
    </message>
    <message>
        <source>CPU, memory and network power as a fraction of accelerator power</source>
        <translation>Leistung von CPU, Speicher und Netzwerk als Anteil der Beschleunigerleistung</translation>
    </message>
    <message>
        <source>Idle share</source>
        <translation>Leerlaufanteil</translation>
    </message>
    <message>
        <source>Idle energy of reserved nodes, as a fraction of dynamic energy</source>
        <translation>Leerlaufenergie reservierter Knoten als Anteil der dynamischen Energie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Netz-CO₂-Intensität</translation>
    </message>
    <message>
        <source>Overrides the region&apos;s annual grid carbon intensity</source>
        <translation>Überschreibt die jährliche CO₂-Intensität des Stromnetzes der Region</translation>
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
        <translation>Power Usage Effectiveness des Rechenzentrums (1 = kein Overhead)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Renewable share</source>
        <translation>Anteil erneuerbarer Energie</translation>
    </message>
    <message>
        <source>Share of the energy covered by contractual instruments (market-based accounting)</source>
        <translation>Durch vertragliche Instrumente gedeckter Anteil der Energie (marktbasierte Bilanzierung)</translation>
    </message>
    <message>
        <source>Residual mix</source>
        <translation>Residualmix</translation>
    </message>
    <message>
        <source>Intensity of the non-renewable share in market-based accounting</source>
        <translation>Intensität des nicht erneuerbaren Anteils bei marktbasierter Bilanzierung</translation>
    </message>
    <message>
        <source>WUE (on-site)</source>
        <translation>WUE (vor Ort)</translation>
    </message>
    <message>
        <source>On-site water usage effectiveness</source>
        <translation>Water Usage Effectiveness vor Ort</translation>
    </message>
    <message>
        <source>L/kWh</source>
        <translation>L/kWh</translation>
    </message>
    <message>
        <source>Water of electricity</source>
        <translation>Wasser der Stromerzeugung</translation>
    </message>
    <message>
        <source>Off-site water intensity of the electricity (EWIF)</source>
        <translation>Externe Wasserintensität der Stromerzeugung (EWIF)</translation>
    </message>
    <message>
        <source>Embodied per device</source>
        <translation>Graue Emissionen je Gerät</translation>
    </message>
    <message>
        <source>Manufacturing CO2e per accelerator, chip and server share</source>
        <translation>Herstellungsbedingtes CO2e je Beschleuniger (Chip und Serveranteil)</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>Service life</source>
        <translation>Nutzungsdauer</translation>
    </message>
    <message>
        <source>Years over which embodied carbon is amortised</source>
        <translation>Jahre, auf die die grauen Emissionen umgelegt werden</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Hardware &amp;&amp; site</source>
        <translation>Hardware &amp;&amp; Standort</translation>
    </message>
    <message>
        <source>Automatic (rental when a price is known)</source>
        <translation>Automatisch (Miete, wenn ein Preis bekannt ist)</translation>
    </message>
    <message>
        <source>Rental (per accelerator-hour)</source>
        <translation>Miete (je Beschleunigerstunde)</translation>
    </message>
    <message>
        <source>Owned (energy + amortised capital)</source>
        <translation>Eigene Hardware (Energie + abgeschriebene Investition)</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>Kostenmodell</translation>
    </message>
    <message>
        <source>Rental price</source>
        <translation>Mietpreis</translation>
    </message>
    <message>
        <source>Price per accelerator-hour</source>
        <translation>Preis je Beschleunigerstunde</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>Strompreis</translation>
    </message>
    <message>
        <source>Price of facility energy</source>
        <translation>Preis der Rechenzentrumsenergie</translation>
    </message>
    <message>
        <source>USD/kWh</source>
        <translation>USD/kWh</translation>
    </message>
    <message>
        <source>Capital cost</source>
        <translation>Investitionskosten</translation>
    </message>
    <message>
        <source>Purchase cost per accelerator (owned)</source>
        <translation>Anschaffungskosten je Beschleuniger (eigene Hardware)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>CO2-Preis</translation>
    </message>
    <message>
        <source>Internal carbon price, or a social cost of carbon</source>
        <translation>Interner CO2-Preis oder gesellschaftliche CO2-Kosten</translation>
    </message>
    <message>
        <source>USD/t</source>
        <translation>USD/t</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>Scenario notes</source>
        <translation>Szenarionotizen</translation>
    </message>
    <message>
        <source>Assumptions, sources, what this scenario stands for…</source>
        <translation>Annahmen, Quellen, wofür dieses Szenario steht …</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Another scenario is already named &quot;%1&quot;.</source>
        <translation>Ein anderes Szenario heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Change workload mode</source>
        <translation>Arbeitslastmodus ändern</translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation>Präzision ändern</translation>
    </message>
    <message>
        <source>Change accelerator</source>
        <translation>Beschleuniger ändern</translation>
    </message>
    <message>
        <source>Change region</source>
        <translation>Region ändern</translation>
    </message>
    <message>
        <source>Change cost model</source>
        <translation>Kostenmodell ändern</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Accelerator default (%1)</source>
        <translation>Standard des Beschleunigers (%1)</translation>
    </message>
    <message>
        <source>Accelerator default</source>
        <translation>Standard des Beschleunigers</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Cannot estimate: %1</source>
        <translation>Nicht schätzbar: %1</translation>
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
        <translation>%1 Beschleunigerstunden</translation>
    </message>
    <message>
        <source>Published: %1 — %2</source>
        <translation>Veröffentlicht: %1 — %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioListModel</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>Cannot be estimated: %1</source>
        <translation>Nicht schätzbar: %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Include in comparison</source>
        <translation>In Vergleich einbeziehen</translation>
    </message>
    <message>
        <source>Exclude from comparison</source>
        <translation>Aus Vergleich ausschließen</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioListPanel</name>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Ein Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>Das ausgewählte Szenario duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Das ausgewählte Szenario löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Choose the scenario&apos;s colour</source>
        <translation>Farbe des Szenarios wählen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Mark as the baseline for comparisons</source>
        <translation>Als Referenz für Vergleiche festlegen</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Scenario colour</source>
        <translation>Szenariofarbe</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScheduleChart</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Grid intensity (g CO2e/kWh)</source>
        <translation>Netz-CO2-Intensität (g CO2e/kWh)</translation>
    </message>
    <message>
        <source>Schedule: the selected scenario&apos;s region has no hourly profile.
Hourly profiles ship for eight US balancing areas (e.g. US-CISO, US-ERCO, US-PJM);
the CLI&apos;s schedule command imports others.</source>
        <translation>Zeitplanung: Für die Region des ausgewählten Szenarios gibt es kein Stundenprofil.
Stundenprofile werden für acht US-Bilanzierungsgebiete mitgeliefert (z. B. US-CISO, US-ERCO, US-PJM);
weitere importiert der CLI-Befehl „schedule“.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Zeitplanung: %1</translation>
    </message>
    <message>
        <source>Schedule: %1
best start of a %2 run: %3 UTC (%4, vs %5 starting at the window&apos;s start)</source>
        <translation>Zeitplanung: %1
bester Start für einen Lauf von %2: %3 UTC (%4, gegenüber %5 bei Start zu Beginn des Zeitfensters)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::TornadoChart</name>
    <message>
        <source>Input at the low end of its range</source>
        <translation>Eingabe am unteren Ende ihres Bereichs</translation>
    </message>
    <message>
        <source>Input at the high end of its range</source>
        <translation>Eingabe am oberen Ende ihres Bereichs</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %4 → %5&lt;br&gt;%3 %4 → %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %4 → %5&lt;br&gt;%3 %4 → %6</translation>
    </message>
    <message>
        <source>Sensitivity of total CO2e</source>
        <translation>Sensitivität des gesamten CO2e</translation>
    </message>
    <message>
        <source>Sensitivity of total CO2e — %1 (central %2)</source>
        <translation>Sensitivität des gesamten CO2e — %1 (Zentralwert %2)</translation>
    </message>
    <message>
        <source>Change in total CO2e from the central estimate (t)</source>
        <translation>Änderung des gesamten CO2e gegenüber dem Zentralwert (t)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::TradeoffChart</name>
    <message>
        <source>Trade-off: CO2e against cost</source>
        <translation>Zielkonflikt: CO2e gegenüber Kosten</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>CO2e, total (t)</source>
        <translation>CO2e, gesamt (t)</translation>
    </message>
    <message>
        <source>Pareto front (no scenario is both cleaner and cheaper)</source>
        <translation>Pareto-Front (kein Szenario ist zugleich sauberer und günstiger)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
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
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Zentralwert</translation>
    </message>
    <message>
        <source>Catalog range</source>
        <translation>Katalogbereich</translation>
    </message>
    <message>
        <source>Your range</source>
        <translation>Ihr Bereich</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalwert</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Input ranges</source>
        <translation>Eingabebereiche</translation>
    </message>
    <message>
        <source>Inputs set in the scenario are fixed unless you give them a range. Lognormal: low and high are P5 and P95, mode the median.</source>
        <translation>Im Szenario festgelegte Eingaben sind fest, sofern Sie ihnen keinen Bereich geben. Lognormal: Niedrig und Hoch sind P5 und P95, Modalwert ist der Median.</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Bereich von %1</translation>
    </message>
    <message>
        <source>Total CO2e (training): P5 %1, P50 %2, P95 %3 — %4 samples, seed %5, %6 varied inputs</source>
        <translation>CO2e gesamt (Training): P5 %1, P50 %2, P95 %3 — %4 Stichproben, Startwert %5, %6 variierte Eingaben</translation>
    </message>
    <message>
        <source>This scenario cannot be estimated yet.</source>
        <translation>Dieses Szenario kann noch nicht geschätzt werden.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>catalog / as set</source>
        <translation>Katalog / wie festgelegt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the energy, carbon, water and cost of ML training runs.</source>
        <translation>Energie, CO2, Wasser und Kosten von ML-Trainingsläufen planen.</translation>
    </message>
    <message>
        <source>Project file to open (default: the example).</source>
        <translation>Zu öffnende Projektdatei (Standard: das Beispiel).</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (tests, screenshots).</source>
        <translation>Nach &lt;ms&gt; Millisekunden beenden (Tests, Screenshots).</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and the memory used.</source>
        <translation>Die Zeit bis zum ersten gezeichneten Fenster und den Speicherverbrauch ausgeben.</translation>
    </message>
</context>
</TS>
