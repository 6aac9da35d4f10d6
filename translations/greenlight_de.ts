<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountingText</name>
    <message>
        <source>life cycle for %1</source>
        <translation>Lebenszyklus für %1</translation>
    </message>
    <message>
        <source>direct (combustion only, no published life-cycle figure) for %1</source>
        <translation>direkt (nur Verbrennung, kein veröffentlichter Lebenszykluswert) für %1</translation>
    </message>
    <message>
        <source>basis not stated by the source for %1</source>
        <translation>Grundlage von der Quelle nicht angegeben für %1</translation>
    </message>
    <message>
        <source>Grid figures on different bases: %1. A direct figure leaves out building and fuelling the plants and looks cleaner.</source>
        <translation>Netzwerte auf unterschiedlicher Grundlage: %1. Ein direkter Wert lässt Bau und Brennstoffversorgung der Kraftwerke weg und wirkt sauberer.</translation>
    </message>
    <message>
        <source>Grid data years %1 years apart: %2 for %3, %4 for %5.</source>
        <translation>Datenjahre der Netze %1 Jahre auseinander: %2 für %3, %4 für %5.</translation>
    </message>
    <message>
        <source>PUE from different sources: the industry-average default %1 for %2 (no PUE for a country or grid region), the data centre&apos;s own for %3. Set the PUE to compare the grids alone.</source>
        <translation>PUE aus unterschiedlichen Quellen: der Branchendurchschnitt %1 für %2 (kein PUE für ein Land oder Netzgebiet), der eigene Wert des Rechenzentrums für %3. Setzen Sie den PUE, um nur die Netze zu vergleichen.</translation>
    </message>
    <message>
        <source>grid figures on different bases (direct: %1)</source>
        <translation>Netzwerte auf unterschiedlicher Grundlage (direkt: %1)</translation>
    </message>
    <message>
        <source>grid data years %1 years apart</source>
        <translation>Datenjahre der Netze %1 Jahre auseinander</translation>
    </message>
    <message>
        <source>default PUE for %1</source>
        <translation>Standard-PUE für %1</translation>
    </message>
</context>
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
    <name>CoreText</name>
    <message>
        <source>accelerator-hours (given)</source>
        <translation>Beschleunigerstunden (vorgegeben)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>wall-clock duration</source>
        <translation>Laufzeit (Echtzeit)</translation>
    </message>
    <message>
        <source>accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>parameters (activated)</source>
        <translation>Parameter (aktiviert)</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>training tokens</source>
        <translation>Trainings-Tokens</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>model FLOPs utilisation</source>
        <translation>Model FLOPs Utilization (MFU)</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>peak dense throughput</source>
        <translation>Spitzendurchsatz (dicht)</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>measured IT energy</source>
        <translation>gemessene IT-Energie</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>experiments multiplier</source>
        <translation>Experimentfaktor</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>measured average power per accelerator (all-in)</source>
        <translation>gemessene mittlere Leistung je Beschleuniger (gesamt)</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>accelerator TDP</source>
        <translation>TDP des Beschleunigers</translation>
    </message>
    <message>
        <source>load factor (average power / TDP)</source>
        <translation>Lastfaktor (mittlere Leistung / TDP)</translation>
    </message>
    <message>
        <source>host overhead (CPU, DRAM, network)</source>
        <translation>Host-Mehraufwand (CPU, DRAM, Netzwerk)</translation>
    </message>
    <message>
        <source>fraction of accelerator power</source>
        <translation>Anteil der Beschleunigerleistung</translation>
    </message>
    <message>
        <source>idle energy share</source>
        <translation>Anteil Leerlaufenergie</translation>
    </message>
    <message>
        <source>fraction of dynamic energy</source>
        <translation>Anteil der dynamischen Energie</translation>
    </message>
    <message>
        <source>grid carbon intensity</source>
        <translation>CO2-Intensität des Stromnetzes</translation>
    </message>
    <message>
        <source>g CO2e/kWh</source>
        <translation>g CO2e/kWh</translation>
    </message>
    <message>
        <source>power usage effectiveness (PUE)</source>
        <translation>Power Usage Effectiveness (PUE)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>renewable share (contractual)</source>
        <translation>Anteil erneuerbarer Energie (vertraglich)</translation>
    </message>
    <message>
        <source>residual-mix intensity</source>
        <translation>Intensität des Residualmix</translation>
    </message>
    <message>
        <source>on-site water usage effectiveness (WUE)</source>
        <translation>Water Usage Effectiveness vor Ort (WUE)</translation>
    </message>
    <message>
        <source>L/kWh</source>
        <translation>L/kWh</translation>
    </message>
    <message>
        <source>water intensity of electricity (EWIF)</source>
        <translation>Wasserintensität des Stroms (EWIF)</translation>
    </message>
    <message>
        <source>embodied carbon per accelerator</source>
        <translation>graue Emissionen je Beschleuniger</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>service life</source>
        <translation>Nutzungsdauer</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>rental price</source>
        <translation>Mietpreis</translation>
    </message>
    <message>
        <source>USD per accelerator-hour</source>
        <translation>USD pro Beschleunigerstunde</translation>
    </message>
    <message>
        <source>electricity price</source>
        <translation>Strompreis</translation>
    </message>
    <message>
        <source>USD/kWh</source>
        <translation>USD/kWh</translation>
    </message>
    <message>
        <source>capital cost per accelerator</source>
        <translation>Anschaffungskosten je Beschleuniger</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>carbon price</source>
        <translation>CO2-Preis</translation>
    </message>
    <message>
        <source>USD/t CO2e</source>
        <translation>USD/t CO2e</translation>
    </message>
    <message>
        <source>training FLOPs per parameter and token</source>
        <translation>Trainings-FLOP je Parameter und Token</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>accelerator-hours</source>
        <translation>Beschleunigerstunden</translation>
    </message>
    <message>
        <source>wall-clock time of the run</source>
        <translation>Laufzeit des Trainingslaufs (Echtzeit)</translation>
    </message>
    <message>
        <source>training compute</source>
        <translation>Trainingsrechenaufwand</translation>
    </message>
    <message>
        <source>average power per accelerator</source>
        <translation>mittlere Leistung je Beschleuniger</translation>
    </message>
    <message>
        <source>dynamic IT energy</source>
        <translation>dynamische IT-Energie</translation>
    </message>
    <message>
        <source>idle energy</source>
        <translation>Leerlaufenergie</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>IT-Energie</translation>
    </message>
    <message>
        <source>facility energy</source>
        <translation>Rechenzentrumsenergie</translation>
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
        <source>CO2e, embodied (amortised)</source>
        <translation>CO2e, graue Emissionen (umgelegt)</translation>
    </message>
    <message>
        <source>CO2e, total (location-based + embodied)</source>
        <translation>CO2e, gesamt (standortbasiert + graue Emissionen)</translation>
    </message>
    <message>
        <source>water, on-site</source>
        <translation>Wasser, vor Ort</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>water, off-site (electricity)</source>
        <translation>Wasser, extern (Stromerzeugung)</translation>
    </message>
    <message>
        <source>water, total</source>
        <translation>Wasser, gesamt</translation>
    </message>
    <message>
        <source>cost of compute</source>
        <translation>Rechenkosten</translation>
    </message>
    <message>
        <source>cost, total</source>
        <translation>Kosten, gesamt</translation>
    </message>
    <message>
        <source>inference energy (facility, whole deployment)</source>
        <translation>Inferenzenergie (Rechenzentrum, gesamte Bereitstellung)</translation>
    </message>
    <message>
        <source>inference CO2e (location-based + embodied)</source>
        <translation>Inferenz-CO2e (standortbasiert + graue Emissionen)</translation>
    </message>
    <message>
        <source>inference water</source>
        <translation>Inferenz-Wasser</translation>
    </message>
    <message>
        <source>inference cost</source>
        <translation>Inferenzkosten</translation>
    </message>
    <message>
        <source>lifecycle energy (training + inference)</source>
        <translation>Lebenszyklusenergie (Training + Inferenz)</translation>
    </message>
    <message>
        <source>lifecycle CO2e (training + inference)</source>
        <translation>Lebenszyklus-CO2e (Training + Inferenz)</translation>
    </message>
    <message>
        <source>lifecycle cost (training + inference)</source>
        <translation>Lebenszykluskosten (Training + Inferenz)</translation>
    </message>
    <message>
        <source>energy per request (facility)</source>
        <translation>Energie pro Anfrage (Rechenzentrum)</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>CO2e per request</source>
        <translation>CO2e pro Anfrage</translation>
    </message>
    <message>
        <source>g CO2e</source>
        <translation>g CO2e</translation>
    </message>
    <message>
        <source>pruning</source>
        <translation>Pruning</translation>
    </message>
    <message>
        <source>quantisation</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Is the incremental gain worth the cost?</source>
        <translation>Ist der zusätzliche Nutzen die Kosten wert?</translation>
    </message>
    <message>
        <source>Compare the expected benefit with the baseline&apos;s lifecycle CO2e and cost, and with the lowest-footprint alternative considered.</source>
        <translation>Vergleichen Sie den erwarteten Nutzen mit dem Lebenszyklus-CO2e und den Kosten der Referenz sowie mit der betrachteten Alternative mit dem geringsten Fußabdruck.</translation>
    </message>
    <message>
        <source>Could transfer learning or a smaller model do?</source>
        <translation>Würden Transfer Learning oder ein kleineres Modell genügen?</translation>
    </message>
    <message>
        <source>The CO2e of the smaller-model, fine-tune and distil alternatives as a share of the baseline.</source>
        <translation>Das CO2e der Alternativen kleineres Modell, Fine-Tuning und Destillation als Anteil an der Referenz.</translation>
    </message>
    <message>
        <source>Are pruning, quantisation or distillation planned for deployment?</source>
        <translation>Sind Pruning, Quantisierung oder Destillation für die Bereitstellung geplant?</translation>
    </message>
    <message>
        <source>The levers set on the baseline and the inference share of its lifecycle CO2e.</source>
        <translation>Die auf die Referenz angewendeten Maßnahmen und der Inferenzanteil an ihrem Lebenszyklus-CO2e.</translation>
    </message>
    <message>
        <source>Is the hardware efficient and the region low-carbon?</source>
        <translation>Ist die Hardware effizient und die Region CO2-arm?</translation>
    </message>
    <message>
        <source>The accelerator and its release year, the PUE, and the region&apos;s grid intensity against the lowest-intensity region of the same provider in the catalog.</source>
        <translation>Der Beschleuniger und sein Erscheinungsjahr, die PUE und die Netz-CO₂-Intensität der Region im Vergleich zur Region mit der niedrigsten Intensität desselben Anbieters im Katalog.</translation>
    </message>
    <message>
        <source>Can the run be scheduled at low-carbon hours?</source>
        <translation>Kann der Lauf in CO2-armen Stunden eingeplant werden?</translation>
    </message>
    <message>
        <source>The CO2e saved by the best start time on the region&apos;s hourly intensity profile, against the annual average.</source>
        <translation>Das durch die beste Startzeit im stündlichen Intensitätsprofil der Region eingesparte CO2e, verglichen mit dem Jahresmittel.</translation>
    </message>
    <message>
        <source>What is the inference footprint over the model&apos;s life?</source>
        <translation>Wie groß ist der Inferenz-Fußabdruck über die Lebensdauer des Modells?</translation>
    </message>
    <message>
        <source>Inference CO2e over the deployment period, its share of the lifecycle, and CO2e per request.</source>
        <translation>Inferenz-CO2e über den Bereitstellungszeitraum, sein Anteil am Lebenszyklus und CO2e pro Anfrage.</translation>
    </message>
    <message>
        <source>INT8 W8A8 with outlier smoothing: negligible accuracy loss on models up to 176 B (SmoothQuant, Xiao et al. 2023); naive INT8 can lose much more; not measured for this model</source>
        <translation>INT8 W8A8 mit Ausreißerglättung: vernachlässigbarer Genauigkeitsverlust bei Modellen bis 176 Mrd. Parameter (SmoothQuant, Xiao et al. 2023); naives INT8 kann viel mehr verlieren; für dieses Modell nicht gemessen</translation>
    </message>
    <message>
        <source>one-shot 2:4 roughly doubles perplexity (Llama-2-7B 5.12 → 10.17, SparseGPT); with retraining and distillation 98.4 % of the dense accuracy is recovered (Sparse-Llama-3.1-8B); not measured for this model</source>
        <translation>einmaliges 2:4-Pruning verdoppelt etwa die Perplexität (Llama-2-7B 5,12 → 10,17, SparseGPT); mit Nachtraining und Destillation werden 98,4 % der dichten Genauigkeit zurückgewonnen (Sparse-Llama-3.1-8B); für dieses Modell nicht gemessen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>distilled student: share of the teacher&apos;s quality retained, as stated in the scenario</source>
        <translation>destilliertes Schülermodell: erhaltener Anteil der Qualität des Lehrermodells, wie im Szenario angegeben</translation>
    </message>
    <message>
        <source>unknown: the scenario changes the model and states no quality figure</source>
        <translation>unbekannt: Das Szenario verändert das Modell und nennt keine Qualitätsangabe</translation>
    </message>
    <message>
        <source>unchanged model</source>
        <translation>unverändertes Modell</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <source>host power per accelerator (server share)</source>
        <translation>Host-Leistung je Beschleuniger (Serveranteil)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source> bn</source>
        <translation> Mrd.</translation>
    </message>
    <message>
        <source> M</source>
        <translation> Mio.</translation>
    </message>
    <message>
        <source> k</source>
        <translation> Tsd.</translation>
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
        <translation>Laufzeit (Echtzeit)</translation>
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
    <message>
        <source>thousand %1</source>
        <translation>Tsd. %1</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>Mio. %1</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Smaller model</source>
        <translation>Kleineres Modell</translation>
    </message>
    <message>
        <source>Fine-tune an existing model</source>
        <translation>Vorhandenes Modell feinabstimmen</translation>
    </message>
    <message>
        <source>Distil</source>
        <translation>Destillieren</translation>
    </message>
    <message>
        <source>Other region</source>
        <translation>Andere Region</translation>
    </message>
    <message>
        <source>Other time</source>
        <translation>Andere Zeit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>million L</source>
        <translation>Mio. L</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Unter Auflagen genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Smaller model</source>
        <translation>Kleineres Modell</translation>
    </message>
    <message>
        <source>Fine-tune an existing model</source>
        <translation>Vorhandenes Modell feinabstimmen</translation>
    </message>
    <message>
        <source>Distil</source>
        <translation>Destillieren</translation>
    </message>
    <message>
        <source>Other region</source>
        <translation>Andere Region</translation>
    </message>
    <message>
        <source>Other time</source>
        <translation>Andere Zeit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Greenlight — need-and-impact report</source>
        <translation>Greenlight — Bedarfs- und Wirkungsbericht</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>Estimates computed by Greenlight from the project&apos;s scenarios and the cited catalog. Ranges are the 5th to 95th percentiles of a Monte Carlo simulation (%1 samples, seed %2).</source>
        <translation>Von Greenlight aus den Szenarien des Projekts und dem zitierten Katalog berechnete Schätzungen. Bereiche sind das 5. bis 95. Perzentil einer Monte-Carlo-Simulation (%1 Stichproben, Startwert %2).</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No scenario of this project could be evaluated; see the comparison table for the reasons.</source>
        <translation>Kein Szenario dieses Projekts konnte ausgewertet werden; die Gründe stehen in der Vergleichstabelle.</translation>
    </message>
    <message>
        <source>Baseline scenario: %1. %2 scenario(s) compared in total.</source>
        <translation>Referenzszenario: %1. Insgesamt %2 Szenario(s) verglichen.</translation>
    </message>
    <message>
        <source>Facility energy (training)</source>
        <translation>Rechenzentrumsenergie (Training)</translation>
    </message>
    <message>
        <source>Total CO2e (training)</source>
        <translation>CO2e gesamt (Training)</translation>
    </message>
    <message>
        <source>Water (training)</source>
        <translation>Wasser (Training)</translation>
    </message>
    <message>
        <source>Cost (training)</source>
        <translation>Kosten (Training)</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Laufzeit (Echtzeit)</translation>
    </message>
    <message>
        <source>Lifecycle CO2e (training + inference)</source>
        <translation>Lebenszyklus-CO2e (Training + Inferenz)</translation>
    </message>
    <message>
        <source>Lifecycle energy (training + inference)</source>
        <translation>Lebenszyklusenergie (Training + Inferenz)</translation>
    </message>
    <message>
        <source>Key number</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Central estimate</source>
        <translation>Zentralwert</translation>
    </message>
    <message>
        <source>P5 – P95</source>
        <translation>P5 – P95</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>No lever or alternative in this project lowers the baseline&apos;s CO2e.</source>
        <translation>Keine Maßnahme und keine Alternative in diesem Projekt senkt das CO2e der Referenz.</translation>
    </message>
    <message>
        <source>it also saves %1 per tonne of CO2e avoided</source>
        <translation>zudem spart sie %1 pro vermiedener Tonne CO2e</translation>
    </message>
    <message>
        <source>at %1 per tonne of CO2e avoided</source>
        <translation>zu %1 pro vermiedener Tonne CO2e</translation>
    </message>
    <message>
        <source>Largest saving: &lt;b&gt;%1&lt;/b&gt; saves %2 (P5–P95: %3); %4.</source>
        <translation>Größte Einsparung: &lt;b&gt;%1&lt;/b&gt; spart %2 (P5–P95: %3); %4.</translation>
    </message>
    <message>
        <source>Equivalences</source>
        <translation>Äquivalenzen</translation>
    </message>
    <message>
        <source>The baseline&apos;s training CO2e (%1) is about as much as:</source>
        <translation>Das Trainings-CO2e der Referenz (%1) entspricht etwa:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Auflagen:</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Szenariovergleich</translation>
    </message>
    <message>
        <source>Training footprint of every scenario: central estimate, P5–P95 range underneath. S-numbers label the charts.</source>
        <translation>Trainings-Fußabdruck jedes Szenarios: Zentralwert, darunter der Bereich P5–P95. Die S-Nummern kennzeichnen die Diagramme.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>not evaluated: %1</source>
        <translation>nicht ausgewertet: %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Rechenzentrumsenergie</translation>
    </message>
    <message>
        <source>Total CO2e</source>
        <translation>CO2e gesamt</translation>
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
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Lifecycle and break-even</source>
        <translation>Lebenszyklus und Break-even</translation>
    </message>
    <message>
        <source>No scenario of this project has a deployment, so there is no inference phase or break-even to show.</source>
        <translation>Kein Szenario dieses Projekts hat eine Bereitstellung, daher gibt es keine Inferenzphase und keinen Break-even.</translation>
    </message>
    <message>
        <source>Training CO2e</source>
        <translation>Trainings-CO2e</translation>
    </message>
    <message>
        <source>Inference CO2e</source>
        <translation>Inferenz-CO2e</translation>
    </message>
    <message>
        <source>Lifecycle CO2e</source>
        <translation>Lebenszyklus-CO2e</translation>
    </message>
    <message>
        <source>CO2e per request</source>
        <translation>CO2e pro Anfrage</translation>
    </message>
    <message>
        <source>Break-even against the baseline (CO2e)</source>
        <translation>Break-even gegenüber der Referenz (CO2e)</translation>
    </message>
    <message>
        <source>%1, costlier to train, is cleaner overall after %2 requests</source>
        <translation>%1 ist im Training teurer, aber nach %2 Anfragen insgesamt sauberer</translation>
    </message>
    <message>
        <source>identical lifecycles</source>
        <translation>identische Lebenszyklen</translation>
    </message>
    <message>
        <source>never: the scenario costlier to train does not catch up</source>
        <translation>nie: das im Training teurere Szenario holt nicht auf</translation>
    </message>
    <message>
        <source>, within the deployment</source>
        <translation>, innerhalb der Bereitstellung</translation>
    </message>
    <message>
        <source>, after the deployment ends</source>
        <translation>, nach Ende der Bereitstellung</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>No input of the baseline has a range.</source>
        <translation>Keine Eingabe der Referenz hat einen Bereich.</translation>
    </message>
    <message>
        <source>How far the baseline&apos;s total CO2e (central %1) moves when one input goes to the low or the high end of its range, every other input at its central value.</source>
        <translation>Wie stark sich das gesamte CO2e der Referenz (Zentralwert %1) ändert, wenn eine Eingabe an das untere oder obere Ende ihres Bereichs geht und alle anderen Eingaben auf ihrem Zentralwert bleiben.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>CO2e at low</source>
        <translation>CO2e bei niedrig</translation>
    </message>
    <message>
        <source>CO2e at high</source>
        <translation>CO2e bei hoch</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplanung</translation>
    </message>
    <message>
        <source>The baseline&apos;s region has no hourly grid-intensity profile in the catalog (profiles ship for eight US balancing areas), or the run is longer than the profile; no start window is proposed.</source>
        <translation>Für die Region der Referenz enthält der Katalog kein stündliches Profil der Netz-CO₂-Intensität (Profile gibt es für acht US-Bilanzierungsgebiete), oder der Lauf ist länger als das Profil; es wird kein Startfenster vorgeschlagen.</translation>
    </message>
    <message>
        <source>Best start window</source>
        <translation>Bestes Startfenster</translation>
    </message>
    <message>
        <source>Start at the window&apos;s start</source>
        <translation>Start zu Beginn des Fensters</translation>
    </message>
    <message>
        <source>Worst start</source>
        <translation>Schlechtester Start</translation>
    </message>
    <message>
        <source>A run of %1 using %2 of facility energy, placed on the hourly profile of its region (operational CO2e only).</source>
        <translation>Ein Lauf von %1 mit %2 Rechenzentrumsenergie, platziert auf dem stündlichen Profil seiner Region (nur betriebliches CO2e).</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Mittlere Intensität</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Need assessment and decision</source>
        <translation>Bedarfsprüfung und Entscheidung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Erwarteter Nutzen</translation>
    </message>
    <message>
        <source>How the benefit is measured</source>
        <translation>Wie der Nutzen gemessen wird</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfende</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Alternatives considered</source>
        <translation>Betrachtete Alternativen</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Reviewer checklist</source>
        <translation>Prüfcheckliste</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Evidence from the estimates</source>
        <translation>Belege aus den Schätzungen</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Levers applied to the baseline and the other scenarios, ranked by the CO2e they save over the lifecycle (training, plus inference when deployed). A negative cost per tonne means the option also saves money.</source>
        <translation>Auf die Referenz und die anderen Szenarien angewendete Maßnahmen, geordnet nach dem über den Lebenszyklus eingesparten CO2e (Training, bei Bereitstellung zuzüglich Inferenz). Negative Kosten pro Tonne bedeuten, dass die Option auch Geld spart.</translation>
    </message>
    <message>
        <source>No option to compare.</source>
        <translation>Keine Option zum Vergleichen.</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>CO2e saved</source>
        <translation>Eingespartes CO2e</translation>
    </message>
    <message>
        <source>Energy saved</source>
        <translation>Eingesparte Energie</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Kostenänderung</translation>
    </message>
    <message>
        <source>Cost per tonne saved</source>
        <translation>Kosten pro eingesparter Tonne</translation>
    </message>
    <message>
        <source>Measured runs against the estimate</source>
        <translation>Messläufe im Vergleich zur Schätzung</translation>
    </message>
    <message>
        <source>Runs measured with CodeCarbon or Carbontracker and linked to a scenario. Ratios are measured divided by estimated (facility energy; operational, location-based CO2e).</source>
        <translation>Mit CodeCarbon oder Carbontracker gemessene und mit einem Szenario verknüpfte Läufe. Verhältnisse sind Messwert geteilt durch Schätzwert (Rechenzentrumsenergie; betriebliches, standortbasiertes CO2e).</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Measured energy</source>
        <translation>Gemessene Energie</translation>
    </message>
    <message>
        <source>Estimated energy</source>
        <translation>Geschätzte Energie</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Measured CO2e</source>
        <translation>Gemessenes CO2e</translation>
    </message>
    <message>
        <source>Estimated CO2e</source>
        <translation>Geschätztes CO2e</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>Every input the estimates used, with its source and year. Values the scenario sets are marked as such; the others come from the catalog. Identical values shared by several scenarios are listed once.</source>
        <translation>Jede von den Schätzungen verwendete Eingabe mit Quelle und Jahr. Vom Szenario gesetzte Werte sind als solche gekennzeichnet; die übrigen stammen aus dem Katalog. Identische Werte mehrerer Szenarien werden einmal aufgeführt.</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>set in the scenario</source>
        <translation>im Szenario festgelegt</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Methodology and explanation traces</source>
        <translation>Methodik und Erklärungspfade</translation>
    </message>
    <message>
        <source>Greenlight computes the training footprint from first principles (accelerator-hours × power × PUE × grid intensity, plus amortised embodied carbon), adds the inference phase when a deployment is defined, and propagates every input&apos;s range by Monte Carlo sampling (%1 samples, seed %2; inputs independent). Levers scale the training run afterwards. The traces below give every formula with the values put in (before levers); the full methodology with its citations is in docs/methodology.md.</source>
        <translation>Greenlight berechnet den Trainings-Fußabdruck aus Grundprinzipien (Beschleunigerstunden × Leistung × PUE × Netz-CO₂-Intensität, zuzüglich umgelegter grauer Emissionen), ergänzt die Inferenzphase, wenn eine Bereitstellung definiert ist, und überträgt den Bereich jeder Eingabe per Monte-Carlo-Stichproben (%1 Stichproben, Startwert %2; Eingaben unabhängig). Maßnahmen skalieren den Trainingslauf anschließend. Die folgenden Erklärungspfade zeigen jede Formel mit den eingesetzten Werten (vor Maßnahmen); die vollständige Methodik mit Quellenangaben steht in docs/methodology.md.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Formula, then with the values</source>
        <translation>Formel, dann mit den Werten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Greenlight report</source>
        <translation>Greenlight-Bericht</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Greenlight report: %1</source>
        <translation>Greenlight-Bericht: %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: Schreiben nicht möglich (%2)</translation>
    </message>
    <message>
        <source>%1: the PDF could not be produced</source>
        <translation>%1: Das PDF konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>%1 × %2, %3, batch %4, %5 in + %6 out tokens, %7 % busy</source>
        <translation>%1 × %2, %3, Batch %4, %5 Eingabe- + %6 Ausgabe-Tokens, %7 % ausgelastet</translation>
    </message>
    <message>
        <source>measured energy per request</source>
        <translation>gemessene Energie je Anfrage</translation>
    </message>
    <message>
        <source>Serving: energy per request by boundary (Wh)</source>
        <translation>Serving: Energie je Anfrage nach Systemgrenze (Wh)</translation>
    </message>
    <message>
        <source>From the serving model calibrated on published inference measurements (docs/validation-inference.md). Accelerator-only figures (what GPU power meters report) are the first column; IT adds the host and the idle capacity of the provisioned fleet; the facility figure adds the data-centre overhead (PUE). Embodied carbon of the serving hardware is shown beside the energy, not in it.</source>
        <translation>Aus dem an veröffentlichten Inferenzmessungen kalibrierten Serving-Modell (docs/validation-inference.md). Die erste Spalte enthält die Werte nur der Beschleuniger (was GPU-Leistungsmesser erfassen); IT ergänzt den Host und die Leerlaufkapazität der bereitgestellten Flotte; der Rechenzentrumswert ergänzt den Overhead des Rechenzentrums (PUE). Die grauen Emissionen der Serving-Hardware stehen neben der Energie, nicht darin.</translation>
    </message>
    <message>
        <source>Scenario and operating point</source>
        <translation>Szenario und Betriebspunkt</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Idle capacity</source>
        <translation>Leerlaufkapazität</translation>
    </message>
    <message>
        <source>Facility overhead</source>
        <translation>Rechenzentrums-Overhead</translation>
    </message>
    <message>
        <source>Total (facility)</source>
        <translation>Gesamt (Rechenzentrum)</translation>
    </message>
    <message>
        <source>Embodied CO2e</source>
        <translation>Graue Emissionen (CO2e)</translation>
    </message>
    <message>
        <source>Quality cost: %1</source>
        <translation>Qualitätskosten: %1</translation>
    </message>
    <message>
        <source>Offsets retired: %1. They are reported beside the emissions and not subtracted: the location-based (%2) and market-based (%3) figures above stand as computed.</source>
        <translation>Stillgelegte Kompensationen: %1. Sie stehen neben den Emissionen und werden nicht abgezogen: Die standortbasierten (%2) und marktbasierten (%3) Werte oben gelten wie berechnet.</translation>
    </message>
    <message>
        <source>%1: %2 of offsets retired, reported beside the emissions and not subtracted.</source>
        <translation>%1: %2 Kompensationen stillgelegt, neben den Emissionen angegeben und nicht abgezogen.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Facility energy per scenario (P5–P95 whiskers)</source>
        <translation>Rechenzentrumsenergie je Szenario (P5–P95-Fehlerbalken)</translation>
    </message>
    <message>
        <source>Water per scenario (P5–P95 whiskers)</source>
        <translation>Wasser je Szenario (P5–P95-Fehlerbalken)</translation>
    </message>
    <message>
        <source>Cost per scenario (P5–P95 whiskers)</source>
        <translation>Kosten je Szenario (P5–P95-Fehlerbalken)</translation>
    </message>
    <message>
        <source>Total CO2e per scenario (P5–P95 whiskers)</source>
        <translation>CO2e gesamt je Szenario (P5–P95-Fehlerbalken)</translation>
    </message>
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
        <source>break-even after %1 requests</source>
        <translation>Break-even nach %1 Anfragen</translation>
    </message>
    <message>
        <source>Sensitivity of the baseline&apos;s total CO2e</source>
        <translation>Sensitivität des gesamten CO2e der Referenz</translation>
    </message>
    <message>
        <source>Input at the low end of its range</source>
        <translation>Eingabe am unteren Ende ihres Bereichs</translation>
    </message>
    <message>
        <source>Input at the high end of its range</source>
        <translation>Eingabe am oberen Ende ihres Bereichs</translation>
    </message>
    <message>
        <source>Change in total CO2e from the central estimate (t)</source>
        <translation>Änderung des gesamten CO2e gegenüber dem Zentralwert (t)</translation>
    </message>
    <message>
        <source>Hourly grid intensity: %1</source>
        <translation>Stündliche Netz-CO₂-Intensität: %1</translation>
    </message>
    <message>
        <source>Hourly grid intensity</source>
        <translation>Stündliche Netz-CO₂-Intensität</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Grid intensity (g CO2e/kWh)</source>
        <translation>Netz-CO2-Intensität (g CO2e/kWh)</translation>
    </message>
    <message>
        <source>Best start window</source>
        <translation>Bestes Startfenster</translation>
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
        <translation>Aufruf:
  greenlight-cli calibrate PROJECT.json --scenario NAME [--run NAME]... [--format table|json]

Vergleicht Messläufe (importiert mit `greenlight-cli import`) mit der Schätzung des Szenarios
(Rechenzentrumsenergie, betriebliches standortbasiertes CO2e, Laufzeit; Verhältnis = gemessen /
geschätzt), leitet ab, was jeder Lauf impliziert — mittlere Leistung je Beschleuniger mit und ohne
die vom Werkzeug angesetzte PUE, diese PUE und die Netz-CO₂-Intensität (Emissionen / Energie) — und schlägt
den Median über die Läufe als hardware.powerW, site.pue und site.intensityGPerKWh samt Streuung vor.
Anschließend wird das Szenario mit dem Vorschlag neu geschätzt und gezeigt, wie stark sich der Plan ändert.
Ohne --run werden die mit dem Szenario verknüpften Läufe verwendet. Die Projektdatei wird nicht geändert.
</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli catalog list accelerators|regions|providers|defaults|equivalences|credits|profiles
                 [--format table|json] [--search TEXT]
  greenlight-cli catalog show ID [--format table|json]
</source>
        <translation>Aufruf:
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
        <translation>Aufruf:
  greenlight-cli estimate PROJECT.json [--scenario NAME] [--format table|json|csv] [--explain]
  greenlight-cli estimate --accelerator ID [--count N]
        (--hours H | --accelerator-hours H | --params-b P --tokens-t T [--mfu M] [--precision P]
         | --it-energy-kwh E)
        [--power-w W | --load-factor F [--host-overhead F | --host-power-w W]] [--idle-share S] [--experiments X]
        [--pue X] (--region ID | --intensity G_PER_KWH) [--renewable-share S]
        [--price-usd-per-hour P] [--carbon-price-usd-per-t P] [--name NAME]
        [--format table|json|csv] [--explain]
  Unsicherheit (beide Formen): [--samples N] [--seed S] [--sensitivity OUTPUTKEY [--sensitivity-training]]

--power-w ist die gesamte mittlere Leistung je Beschleuniger (gemessen, oder TDP, wenn eine Quelle
TDP verwendet hat): Es wird nichts hinzugerechnet. Ohne diese Angabe gilt Leistung = TDP × Lastfaktor
+ Host-Leistung des Servers je Beschleuniger aus dem Katalog (--host-overhead F: der ältere
Host-Anteil an der Beschleunigerleistung). --pue 1 bedeutet keinen Rechenzentrumsmehraufwand. --explain
gibt jede Formel mit ihren Eingaben und deren Quellen aus.
Jede Ausgabe erhält zudem einen P5–P95-Bereich per Monte-Carlo über die Eingabebereiche (--samples,
Standard 10000, 100..10000000; --seed, Standard 42: gleicher Startwert, gleiche Bereiche). --sensitivity
OUTPUTKEY (z. B. co2eTotalKg) ordnet die Eingaben nach ihrer Wirkung auf diese Ausgabe (Tornado-Daten);
für ein Szenario mit Maßnahmen oder Bereitstellung ordnet es die Treiber des Lebenszyklus (Training mit
Maßnahmen + Inferenz: einschließlich Maßnahmenparametern und Auslastung, z. B. --sensitivity lifecycleCo2eKg);
--sensitivity-training behält die Rangfolge des Trainings ohne Maßnahmen bei.
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
        <translation>Aufruf:
  greenlight-cli import FILE [--as NAME] [--into PROJECT.json] [--link SCENARIO]
        [--format table|json]

Liest einen gemessenen Trainingslauf: eine CodeCarbon-emissions.csv (jedes Layout seit 2020; Zeilen
werden summiert, Task-Dateien ergeben einen Lauf je Task) oder Carbontracker-Ausgabe (Konsolentext oder
Logdatei). Das Format wird am Inhalt erkannt. Ohne --into wird der Lauf nur ausgegeben. Mit --into
wird er zu measuredRuns des Projekts hinzugefügt (die Datei wird atomar neu geschrieben, die vorherige
als PROJECT.json~ behalten). --as benennt den Lauf (Standard: der Dateiname ohne Endung); --link
verknüpft ihn für `greenlight-cli calibrate` mit einem Szenario des Projekts.
Übersprungene Zeilen (falsche Feldanzahl, unlesbare Zahl) werden als Warnungen auf stderr aufgeführt.
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
        <translation>Aufruf:
  greenlight-cli breakeven PROJECT.json --a NAME --b NAME [--format table|json]

Nach wie vielen Anfragen (und an welchem Datum, ab startDate der Bereitstellung) das im Training
teurere Szenario über seinen Lebenszyklus das günstigere wird — bei CO2e (standortbasiert + graue
Emissionen), Rechenzentrumsenergie und Geld. Beide Szenarien benötigen ein &quot;deployment&quot;. &quot;never&quot;, wenn
das im Training teurere pro Anfrage nicht günstiger ist (auch bei gleicher Steigung).
</translation>
    </message>
    <message>
        <source>expected a command</source>
        <translation>Befehl erwartet</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>unbekannter Befehl</translation>
    </message>
    <message>
        <source>see --help</source>
        <translation>siehe --help</translation>
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
        <translation>Aufruf:
  greenlight-cli compare-regions PROJECT.json [--scenario NAME] --regions ID,ID,...
        [--format table|json|csv]
  greenlight-cli compare-regions --accelerator ID [--count N] (--hours H | ...) [estimate flags]
        --regions ID,ID,... [--format table|json|csv]

Wertet ein Szenario in jeder aufgeführten Region aus und ordnet sie nach standortbasiertem CO2e (niedrigstes
zuerst). In jeder Region gelten Netz-CO₂-Intensität und Residualmix der Region; die PUE des Szenarios wird
beibehalten, sofern sie nicht der Katalog-PUE seiner eigenen Region entspricht (dann gilt die PUE der jeweiligen
Region). --scenario kann entfallen, wenn das Projekt nur ein Szenario hat. Die Optionen der Kurzform sind die
von `estimate` ohne --region/--intensity.
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
        <translation>Aufruf:
  greenlight-cli review PROJECT.json

Gibt die Bedarfs- und Wirkungsprüfung eines Projekts aus: die Entscheidung, die Maßnahmen und Alternativen
geordnet nach gegenüber der Referenz eingespartem Lebenszyklus-CO2e (P5–P95 per Monte-Carlo, 2000 Stichproben,
Startwert 42; Kostendifferenz und Kosten pro eingesparter Tonne, negativ, wenn die Option auch Geld spart) und
die Prüfcheckliste mit den im Projekt erfassten Antworten und den Zahlen, die jede Frage beantworten.
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
        <translation>Aufruf:
  greenlight-cli schedule (--profile ID | --profile-file FILE)
        (--hours H (--power-kw P | --energy-kwh E) | PROJECT.json [--scenario NAME])
        [--earliest TIME] [--deadline TIME] [--pausable] [--format table|json]

Ermittelt, wann ein Job auf einem stündlichen Profil der Netz-CO₂-Intensität laufen sollte: den besten zusammenhängenden
Start, den schlechtesten, den Start zur frühesten Zeit („jetzt starten“) und den Profildurchschnitt, jeweils mit
den Einsparungen. Mit --pausable darf der Job an Stundengrenzen anhalten und fortfahren: Er läuft dann in den
Stunden des Fensters mit der niedrigsten Intensität. Ein gebrochenes --hours wird auf volle Stunden aufgerundet
(die Energie bleibt erhalten). Aus einem Projekt werden Rechenzentrumsenergie und Dauer des Szenarios
(Beschleunigerstunden / Beschleuniger, einschließlich Experimente) verwendet.

--profile nimmt eine eingebaute Profil-ID (US-CISO, ...; `catalog list profiles`) oder eine Region, deren
Eintrag eines nennt. --profile-file liest eine CSV-Datei: timestamp_utc,g_per_kwh, Exporte von Electricity Maps
oder WattTime (docs/methodology.md). TIME ist ISO 8601 (2022-06-01T08:00:00Z, ein Offset wie +02:00
oder ein Datum 2022-06-01); ohne Zone gilt UTC. Das Fenster umfasst standardmäßig das ganze Profil.
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
        <translation>Aufruf:
  greenlight-cli inference --accelerator ID [--count N] --params-b TOTAL [--active-params-b A]
      --output-tokens O [--input-tokens I] [--batch B] [--precision P]
      [--stack optimised|basic] [--fleet-utilisation U] [--pue X]
      [--region ID | --intensity G] [--samples N] [--seed S] [--format table|json]

Energie, Zeit und CO2e für das Beantworten einer Anfrage, aus dem an veröffentlichten Messungen
kalibrierten Serving-Modell (docs/validation-inference.md). Prefill ist rechengebunden; jeder
Decode-Schritt liest die Gewichte und den KV-Cache des Batches aus dem Speicher und wird vom Batch
geteilt; die Leistung des Beschleunigers steigt mit dem Rechenanteil des Schritts. --count ist die
Zahl der Beschleuniger je Replikat (Vorgabe: die wenigsten, auf die Modell und Batch passen);
--active-params-b gilt für Mixture-of-Experts-Modelle. --stack: optimised (ein Inferenzserver mit
continuous batching und Tensor-Parallelität: vLLM, SGLang, TGI, TensorRT-LLM) oder basic (eine
Generate-Schleife eines Frameworks wie Transformers, Schichten über die Geräte verteilt).
--precision: fp32, fp16, bf16, fp8, int8 (Gewichte und Aktivierungen), int8-weight, int4, nf4,
mxfp4 (nur Gewichte). --fleet-utilisation ist der ausgelastete Anteil der bereitgestellten Flotte
(1 = keine Leerlaufkapazität). Ohne --region oder --intensity gilt der Weltdurchschnitt des Netzes.
Jede Zahl steht mit ihrer Systemgrenze: nur Beschleuniger, IT (+ Host + Leerlaufkapazität),
Rechenzentrum (× PUE).
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
        <translation>greenlight-cli — Energie, CO2, Wasser und Kosten des Trainings von ML-Modellen abschätzen.

Aufruf:
  greenlight-cli [--catalog FILE]... COMMAND [OPTIONS]

Befehle:
  estimate     die Szenarien eines Projekts schätzen, oder einen durch Optionen beschriebenen Lauf
  catalog      die zitierten Referenzdaten auflisten oder anzeigen (Beschleuniger, Regionen, Anbieter, ...)
  schedule     wann ein Job auf einem stündlichen Profil der Netz-CO₂-Intensität laufen sollte (bester Start, Pause/Fortsetzen)
  compare-regions  ein Szenario in mehreren Regionen, geordnet nach CO2e
  inference    Energie, Zeit und CO2e für das Beantworten einer Anfrage (kalibriertes Serving-Modell)
  breakeven    nach wie vielen Anfragen sich ein im Training teureres Szenario amortisiert (CO2e, Energie, Geld)
  import       einen Messlauf lesen (CodeCarbon-emissions.csv, Carbontracker-Log) und einem Projekt hinzufügen
  calibrate    Messläufe mit einem Szenario vergleichen und kalibrierte Leistung, PUE, Intensität vorschlagen
  review       die Bedarfs- und Wirkungsprüfung: Optionen nach eingespartem CO2e, Checkliste mit Belegen
  export       Ergebnisse (csv, json), Angabe für Veröffentlichungen (md, latex) oder Model-Card-Ausschnitt (modelcard)
  report       der Bedarfs- und Wirkungsbericht als PDF (nur GUI-Builds)
  help CMD     Hilfe zu einem Befehl

Optionen:
  --catalog FILE   eine Benutzerkatalogdatei hinzufügen (ergänzt oder überschreibt Einträge; wiederholbar).
                   *.json-Dateien in ~/.local/share/greenlight/catalog werden immer geladen.
  --lang CODE      Sprache von Hilfe und Meldungen: en, de, fr, es (Standard: das System-Gebietsschema)
  --version        die Version ausgeben
  --help           diese Hilfe ausgeben

Exit-Status: 0 bei Erfolg, 2 bei ungültiger Eingabe (mit einer einzeiligen Begründung auf stderr).
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

Schreibt den Bedarfs- und Wirkungsbericht des Projekts als PDF: Deckblatt, Inhalt, Zusammenfassung (P5-P95-
Bereiche per Monte-Carlo), Vergleichstabelle, Diagramme (Vektor), Lebenszyklus und Break-even,
Sensitivität, Zeitplanung, Prüfung und Entscheidung, Empfehlungen, Messläufe, Annahmen mit Quellen,
Erklärungspfade und einen Freigabeblock. Die Datei wird erst ersetzt, wenn sie vollständig ist.

Optionen:
  -o, --output FILE     das zu schreibende PDF (erforderlich)
  --page-size A4|Letter Seitenformat (Standard: A4)
  --samples N           Monte-Carlo-Stichproben je Szenario (Standard 10000), wie in den
                        Einstellungen des Fensters: dieselben Optionen ergeben die Zahlen des Fensters
  --seed S              Monte-Carlo-Startwert (Standard 42)
  --currency CODE       Kosten in einer Katalogwährung (EUR, GBP, ...; Standard USD)
  --lang CODE           (global) Sprache des Berichts: en, de, fr, es

Exit-Status: 0 bei Erfolg, 2 bei ungültiger Eingabe.
</translation>
    </message>
    <message>
        <source>Sensitivity of %1 — %2 (central %3; one input at a time at the ends of its range; training with levers + inference):</source>
        <translation>Sensitivität von %1 — %2 (zentral %3; jeweils eine Eingabe an den Enden ihres Bereichs; Training mit Maßnahmen + Inferenz):</translation>
    </message>
    <message>
        <source>Sensitivity of %1 — %2 (central %3; one input at a time at the ends of its range):</source>
        <translation>Sensitivität von %1 — %2 (zentral %3; jeweils eine Eingabe an den Enden ihres Bereichs):</translation>
    </message>
    <message>
        <source>no input of this scenario has a range: the output is fixed</source>
        <translation>keine Eingabe dieses Szenarios hat einen Bereich: das Ergebnis steht fest</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>output at low</source>
        <translation>Ergebnis bei niedrig</translation>
    </message>
    <message>
        <source>output at high</source>
        <translation>Ergebnis bei hoch</translation>
    </message>
    <message>
        <source>swing</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Auflagen: %1</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Prüfende:</translation>
    </message>
    <message>
        <source>Recommendations (lifecycle CO2e saved against the baseline; P5–P95: Monte Carlo, %1 samples, seed %2):</source>
        <translation>Empfehlungen (gegenüber der Referenz eingespartes Lebenszyklus-CO2e; P5–P95: Monte-Carlo, %1 Stichproben, Startwert %2):</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>CO2e saved</source>
        <translation>CO2e eingespart</translation>
    </message>
    <message>
        <source>cost delta</source>
        <translation>Kostendifferenz</translation>
    </message>
    <message>
        <source>cost per t saved</source>
        <translation>Kosten je eingesparte t</translation>
    </message>
    <message>
        <source>lever: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>(no lever or alternative to compare)</source>
        <translation>(keine Maßnahme oder Alternative zum Vergleich)</translation>
    </message>
    <message>
        <source>Quality cost:</source>
        <translation>Qualitätskosten:</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checkliste:</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>CO2e (location)</source>
        <translation>CO2e (standortbasiert)</translation>
    </message>
    <message>
        <source>CO2e (market)</source>
        <translation>CO2e (marktbasiert)</translation>
    </message>
    <message>
        <source>water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; in %2 region(s), ranked by location-based CO2e (lowest first)</source>
        <translation>Szenario „%1“ in %2 Region(en), geordnet nach standortbasiertem CO2e (niedrigstes zuerst)</translation>
    </message>
    <message>
        <source>* the scenario&apos;s own PUE, kept in every region</source>
        <translation>* der eigene PUE des Szenarios, in jeder Region beibehalten</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 emits %2 less than %3 (%4% less)</source>
        <translation>%1 emittiert %2 weniger als %3 (%4 % weniger)</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>P5–P95: Monte Carlo, %1 samples, seed %2; inputs drawn independently except where the model couples them; – = no input range affects it</source>
        <translation>P5–P95: Monte-Carlo, %1 Stichproben, Startwert %2; Eingaben unabhängig gezogen, außer wo das Modell sie koppelt; – = kein Eingabebereich wirkt sich aus</translation>
    </message>
    <message>
        <source>published:</source>
        <translation>veröffentlicht:</translation>
    </message>
    <message>
        <source>%1 accelerator-hours</source>
        <translation>%1 Beschleuniger-Stunden</translation>
    </message>
    <message>
        <source>offsets retired: %1 — reported beside the emissions, never subtracted from them (location-based %2, market-based %3 as computed)</source>
        <translation>stillgelegte Kompensationen: %1 — neben den Emissionen ausgewiesen, nie von ihnen abgezogen (standortbasiert %2, marktbasiert %3 wie berechnet)</translation>
    </message>
    <message>
        <source>%1 is about:</source>
        <translation>%1 entspricht etwa:</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>A training</source>
        <translation>A Training</translation>
    </message>
    <message>
        <source>B training</source>
        <translation>B Training</translation>
    </message>
    <message>
        <source>A per request</source>
        <translation>A je Anfrage</translation>
    </message>
    <message>
        <source>B per request</source>
        <translation>B je Anfrage</translation>
    </message>
    <message>
        <source>break-even:</source>
        <translation>Break-even:</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>none (%1 never catches up)</source>
        <translation>keiner (%1 holt nie auf)</translation>
    </message>
    <message>
        <source>from the first request</source>
        <translation>ab der ersten Anfrage</translation>
    </message>
    <message>
        <source>after %1 requests (%2 days%3): %4 becomes cheaper</source>
        <translation>nach %1 Anfragen (%2 Tage%3): %4 wird günstiger</translation>
    </message>
    <message>
        <source>after %1 requests (%2 days%3, after the deployment ends): %4 becomes cheaper</source>
        <translation>nach %1 Anfragen (%2 Tage%3, nach dem Ende des Betriebs): %4 wird günstiger</translation>
    </message>
    <message>
        <source>Lever effects</source>
        <translation>Wirkung der Maßnahmen</translation>
    </message>
    <message>
        <source>%1 (training): %2 → %3</source>
        <translation>%1 (Training): %2 → %3</translation>
    </message>
    <message>
        <source>%1 (inference): %2</source>
        <translation>%1 (Inferenz): %2</translation>
    </message>
    <message>
        <source>training CO2e: %1 without levers → %2 (worse)</source>
        <translation>Trainings-CO2e: %1 ohne Maßnahmen → %2 (schlechter)</translation>
    </message>
    <message>
        <source>training CO2e: %1 without levers → %2 (better)</source>
        <translation>Trainings-CO2e: %1 ohne Maßnahmen → %2 (besser)</translation>
    </message>
    <message>
        <source>training CO2e: %1 without levers → %2 (unchanged)</source>
        <translation>Trainings-CO2e: %1 ohne Maßnahmen → %2 (unverändert)</translation>
    </message>
    <message>
        <source>Lifecycle (training, then inference)</source>
        <translation>Lebenszyklus (Training, dann Inferenz)</translation>
    </message>
    <message>
        <source>%1 requests/day for %2 months on %3 (%4 B, %5)</source>
        <translation>%1 Anfragen/Tag über %2 Monate auf %3 (%4 Mrd., %5)</translation>
    </message>
    <message>
        <source>per request: %1 Wh, %2 g CO2e</source>
        <translation>je Anfrage: %1 Wh, %2 g CO2e</translation>
    </message>
    <message>
        <source>inference: %1</source>
        <translation>Inferenz: %1</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Break-even: %1 (baseline) vs %2</source>
        <translation>Break-even: %1 (Referenz) gegen %2</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
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
        <translation>Aufruf:
  greenlight-cli export PROJECT.json --format csv|json|md|latex|modelcard [-o FILE] [--scenario NAME]
                        [--samples N] [--seed S]

Formate:
  csv        jede Ausgabe jedes Szenarios (die Spalten von `estimate --format csv`, docs/cli.md)
  json       die Ergebnisse von `estimate --format json`, dazu &quot;review&quot; des Projekts und die geordneten
             &quot;recommendations&quot; (Maßnahmen und Alternativen nach eingespartem CO2e, Kosten pro Tonne)
  md         eine Angabe für Veröffentlichungen in Markdown: ein Absatz und eine Tabelle (Hardware,
             Beschleunigerstunden, Leistung, Energie, PUE, Netz-CO₂-Intensität, CO2e mit P5–P95-Bereich)
  latex      dieselbe Angabe als LaTeX-Fragment (benötigt booktabs und T1-Schriftkodierung)
  modelcard  Hugging-Face-Model-Card-Metadaten (co2_eq_emissions, Emissionen in Gramm) und ein
             Markdown-Abschnitt &quot;## Carbon footprint&quot;

md, latex und modelcard beschreiben einen Trainingslauf: --scenario NAME, sonst die Referenz des
Projekts (sonst sein erstes Szenario). Bei csv und json behält --scenario nur dieses Szenario.
--samples N und --seed S legen die Monte-Carlo-Simulation hinter jedem Bereich fest (Standard 10000 und 42),
wie bei `estimate`.
-o FILE schreibt die Datei atomar (die alte Datei bleibt vollständig, bis die neue auf der Platte ist);
ohne diese Option geht der Export an die Standardausgabe.
</translation>
    </message>
</context>
<context>
    <name>greenlight::report::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitenformat:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern …</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
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
    <message>
        <source>Intensity low</source>
        <translation>Intensität niedrig</translation>
    </message>
    <message>
        <source>Intensity high</source>
        <translation>Intensität hoch</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Direct intensity (g CO₂e/kWh)</source>
        <translation>Direkte Intensität (g CO₂e/kWh)</translation>
    </message>
    <message>
        <source>Water of electricity (L/kWh)</source>
        <translation>Wasser des Stroms (L/kWh)</translation>
    </message>
    <message>
        <source>WUE (L/kWh)</source>
        <translation>WUE (L/kWh)</translation>
    </message>
    <message>
        <source>WUE low</source>
        <translation>WUE niedrig</translation>
    </message>
    <message>
        <source>WUE high</source>
        <translation>WUE hoch</translation>
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
    <message>
        <source>Measured energy</source>
        <translation>Gemessene Energie</translation>
    </message>
    <message>
        <source>Energy: estimate / measured</source>
        <translation>Energie: Schätzung / Messung</translation>
    </message>
    <message>
        <source>Measured CO2e</source>
        <translation>Gemessenes CO2e</translation>
    </message>
    <message>
        <source>CO2e: estimate / measured</source>
        <translation>CO2e: Schätzung / Messung</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>No measured run is linked to this scenario (Measured runs panel).</source>
        <translation>Mit diesem Szenario ist kein Messlauf verknüpft (Bereich „Messläufe“).</translation>
    </message>
    <message>
        <source>P5–P95 of the estimate: %1 – %2</source>
        <translation>P5–P95 der Schätzung: %1 – %2</translation>
    </message>
    <message>
        <source>no uncertainty range for this estimate</source>
        <translation>kein Unsicherheitsbereich für diese Schätzung</translation>
    </message>
    <message numerus="yes">
        <source>%1
median of %n runs</source>
        <translation>
            <numerusform>%1
Median von %n Lauf</numerusform>
            <numerusform>%1
Median von %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>×%1
inside P5–P95</source>
        <translation>×%1
innerhalb P5–P95</translation>
    </message>
    <message>
        <source>×%1
outside P5–P95</source>
        <translation>×%1
außerhalb P5–P95</translation>
    </message>
    <message>
        <source>Estimated %1 against measured %2; %3</source>
        <translation>Geschätzt %1 gegenüber gemessen %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>Median of %n linked run(s), as the measuring tool reported it</source>
        <translation>
            <numerusform>Median von %n verknüpften Lauf, wie vom Messwerkzeug angegeben</numerusform>
            <numerusform>Median von %n verknüpften Läufen, wie vom Messwerkzeug angegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2 (%3 USD; %4) — select to see how it was computed</source>
        <translation>%1 = %2 (%3 USD; %4) — auswählen, um die Berechnung zu sehen</translation>
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
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Accounting notes</source>
        <translation>Bilanzierungshinweise</translation>
    </message>
    <message>
        <source>%1: %2 of offsets retired, shown beside the emissions and not subtracted from them.</source>
        <translation>%1: %2 Kompensationen stillgelegt, neben den Emissionen gezeigt und nicht von ihnen abgezogen.</translation>
    </message>
    <message>
        <source>%1: %2 of offsets, not subtracted</source>
        <translation>%1: %2 Kompensationen, nicht abgezogen</translation>
    </message>
    <message>
        <source>Accounting notes (hover for details): %1</source>
        <translation>Bilanzierungshinweise (Details beim Darüberfahren): %1</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <source>Logarithmic axis for the four bar charts: one bar per scenario (its total), so small and large runs stay readable side by side.</source>
        <translation>Logarithmische Achse für die vier Balkendiagramme: ein Balken je Szenario (seine Summe), damit kleine und große Läufe nebeneinander lesbar bleiben.</translation>
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
    <message>
        <source>Serving model (calibrated on measurements)</source>
        <translation>Serving-Modell (an Messungen kalibriert)</translation>
    </message>
    <message>
        <source>Inference server (vLLM, SGLang, TGI)</source>
        <translation>Inferenzserver (vLLM, SGLang, TGI)</translation>
    </message>
    <message>
        <source>Generate loop (Transformers)</source>
        <translation>Generate-Schleife (Transformers)</translation>
    </message>
    <message>
        <source>Continuous batching and tensor parallelism, or a framework&apos;s generate loop with the layers spread over the devices: measurements show the software matters as much as the hardware</source>
        <translation>Continuous Batching und Tensor-Parallelität, oder die Generate-Schleife eines Frameworks mit über die Geräte verteilten Schichten: Messungen zeigen, dass die Software so viel ausmacht wie die Hardware</translation>
    </message>
    <message>
        <source>Serving software</source>
        <translation>Serving-Software</translation>
    </message>
    <message>
        <source>Input tokens per request</source>
        <translation>Eingabe-Tokens je Anfrage</translation>
    </message>
    <message>
        <source>Output tokens per request</source>
        <translation>Ausgabe-Tokens je Anfrage</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Accelerators per replica</source>
        <translation>Beschleuniger je Replikat</translation>
    </message>
    <message>
        <source>Fleet utilisation</source>
        <translation>Auslastung der Flotte</translation>
    </message>
    <message>
        <source>busy share</source>
        <translation>ausgelasteter Anteil</translation>
    </message>
    <message>
        <source>Active parameters (MoE)</source>
        <translation>Aktive Parameter (MoE)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <source>Change serving software</source>
        <translation>Serving-Software ändern</translation>
    </message>
    <message>
        <source>%1 × %2 per replica, batch %3, %4 s per request; fleet %5 accelerators, %6 % busy</source>
        <translation>%1 × %2 je Replikat, Batch %3, %4 s je Anfrage; Flotte %5 Beschleuniger, %6 % ausgelastet</translation>
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
    <name>greenlight::ui::EquivalenceLine</name>
    <message>
        <source>What does this mean</source>
        <translation>Was bedeutet das</translation>
    </message>
    <message>
        <source>driving %1 km in an average European car</source>
        <translation>%1 km Fahrt mit einem durchschnittlichen europäischen Auto</translation>
    </message>
    <message>
        <source>%1 one-way economy flights New York – San Francisco</source>
        <translation>%1 einfache Economy-Flüge New York – San Francisco</translation>
    </message>
    <message>
        <source>the electricity of %1 US homes for a year</source>
        <translation>der Strom von %1 US-Haushalten für ein Jahr</translation>
    </message>
    <message>
        <source>what %1 trees absorb in a month</source>
        <translation>was %1 Bäume in einem Monat aufnehmen</translation>
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
        <translation>&lt;b&gt;Was bedeutet das?&lt;/b&gt; Das Training von „%1“ verursacht etwa %2 CO2e (standortbasiert + graue Emissionen): so viel wie %3.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, oder </translation>
    </message>
    <message>
        <source>Everyday equivalents of the total CO2e, from the catalog&apos;s cited sources:
%1</source>
        <translation>Alltagsvergleiche für das gesamte CO2e, aus den zitierten Quellen des Katalogs:
%1</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ExperimentRunsEditor</name>
    <message>
        <source>Extra runs</source>
        <translation>Zusätzliche Läufe</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Measured as</source>
        <translation>Gemessen als</translation>
    </message>
    <message>
        <source>A name for the run, e.g. &quot;LR sweep&quot;</source>
        <translation>Ein Name für den Lauf, z. B. „LR-Sweep“</translation>
    </message>
    <message>
        <source>Per cent of the main run&apos;s compute, or accelerator-hours</source>
        <translation>Prozent der Rechenleistung des Hauptlaufs oder Beschleunigerstunden</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Lauf hinzufügen</translation>
    </message>
    <message>
        <source>Add an extra run (a sweep, an ablation, a failed start)</source>
        <translation>Einen zusätzlichen Lauf hinzufügen (Sweep, Ablation, Fehlstart)</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>Lauf entfernen</translation>
    </message>
    <message>
        <source>Remove the selected run</source>
        <translation>Den ausgewählten Lauf entfernen</translation>
    </message>
    <message>
        <source>Rename experiment run</source>
        <translation>Experimentlauf umbenennen</translation>
    </message>
    <message>
        <source>Size of run %1</source>
        <translation>Umfang von Lauf %1</translation>
    </message>
    <message>
        <source>% of main run</source>
        <translation>% des Hauptlaufs</translation>
    </message>
    <message>
        <source>accelerator-hours</source>
        <translation>Beschleunigerstunden</translation>
    </message>
    <message>
        <source>Basis of run %1</source>
        <translation>Bezugsgröße von Lauf %1</translation>
    </message>
    <message>
        <source>Resize experiment run</source>
        <translation>Umfang des Experimentlaufs ändern</translation>
    </message>
    <message>
        <source>Change experiment run basis</source>
        <translation>Bezugsgröße des Experimentlaufs ändern</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Add experiment run</source>
        <translation>Experimentlauf hinzufügen</translation>
    </message>
    <message>
        <source>Remove experiment run</source>
        <translation>Experimentlauf entfernen</translation>
    </message>
    <message>
        <source>Run %1: the name must not be empty; the change was not applied.</source>
        <translation>Lauf %1: Der Name darf nicht leer sein; die Änderung wurde nicht übernommen.</translation>
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
    <message>
        <source>Shown as %1 = %2 USD × %3 %4/USD</source>
        <translation>Angezeigt als %1 = %2 USD × %3 %4/USD</translation>
    </message>
    <message>
        <source>Exchange rate: %1 (%2). Costs are computed in US dollars.</source>
        <translation>Wechselkurs: %1 (%2). Kosten werden in US-Dollar berechnet.</translation>
    </message>
    <message>
        <source>How the deployment was served</source>
        <translation>Wie die Bereitstellung bedient wurde</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::FileController</name>
    <message>
        <source>“%1” was written with file format %2 and has been converted to format %3; the first save keeps the original as “%4”.</source>
        <translation>„%1“ wurde im Dateiformat %2 geschrieben und in Format %3 umgewandelt; beim ersten Speichern wird das Original als „%4“ aufbewahrt.</translation>
    </message>
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
    <name>greenlight::ui::GuidedTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>Tour ü&amp;berspringen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
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
    <message>
        <source>Extra runs (sweeps, ablations); the experiments multiplier in Model &amp; workload covers the rest</source>
        <translation>Zusätzliche Läufe (Sweeps, Ablationen); den Rest deckt der Experimentfaktor unter „Modell &amp; Arbeitslast“ ab</translation>
    </message>
    <message>
        <source>Count the development programme</source>
        <translation>Entwicklungsprogramm mitzählen</translation>
    </message>
    <message>
        <source>Ablations, sweeps, failed and intermediate runs as a multiple of the main run. Empty field: the catalog&apos;s median of published programmes (OLMo 0.5×, OPT 1×, BLOOM 1.7×, LLaMA 2.4×, Olmo 3 4.6×).</source>
        <translation>Ablationen, Sweeps, fehlgeschlagene und Zwischenläufe als Vielfaches des Hauptlaufs. Leeres Feld: der Median veröffentlichter Programme aus dem Katalog (OLMo 0,5×, OPT 1×, BLOOM 1,7×, LLaMA 2,4×, Olmo 3 4,6×).</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>× main run</source>
        <translation>× Hauptlauf</translation>
    </message>
    <message>
        <source>Development programme</source>
        <translation>Entwicklungsprogramm</translation>
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
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren …</translation>
    </message>
    <message>
        <source>Need-and-impact &amp;review</source>
        <translation>Bedarfs- und Wirkungs&amp;prüfung</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>&amp;Geführte Tour</translation>
    </message>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Workshops …</translation>
    </message>
    <message>
        <source>Welcome to Greenlight</source>
        <translation>Willkommen bei Greenlight</translation>
    </message>
    <message>
        <source>This short tour shows the main areas of the window. Skip it whenever you like: it stays in Help → Guided Tour.</source>
        <translation>Diese kurze Tour zeigt die wichtigsten Bereiche des Fensters. Sie können sie jederzeit überspringen: Sie bleibt unter Hilfe → Geführte Tour verfügbar.</translation>
    </message>
    <message>
        <source>Each scenario is one way to train (and serve) a model. Add, duplicate and reorder them here; the baseline is the one the others are compared with.</source>
        <translation>Jedes Szenario ist eine Möglichkeit, ein Modell zu trainieren (und bereitzustellen). Fügen Sie Szenarien hier hinzu, duplizieren und ordnen Sie sie; die Referenz ist das Szenario, mit dem die anderen verglichen werden.</translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Szenario-Editor</translation>
    </message>
    <message>
        <source>What you know about the selected scenario: workload, hardware, region, levers, deployment. Everything you leave empty comes from the cited catalog.</source>
        <translation>Was Sie über das ausgewählte Szenario wissen: Arbeitslast, Hardware, Region, Maßnahmen, Bereitstellung. Alles, was Sie leer lassen, stammt aus dem zitierten Katalog.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Charts of energy, CO2e, water and cost for all scenarios, with tabs for the trade-off, lifecycle, sensitivity (tornado) and schedule. Click a bar to see how it was computed.</source>
        <translation>Diagramme zu Energie, CO2e, Wasser und Kosten für alle Szenarien, mit Registerkarten für Zielkonflikt, Lebenszyklus, Sensitivität (Tornado) und Zeitplanung. Klicken Sie auf einen Balken, um zu sehen, wie er berechnet wurde.</translation>
    </message>
    <message>
        <source>How the selected number was obtained: every formula with its inputs substituted, and the source of each constant.</source>
        <translation>Wie die ausgewählte Zahl zustande kam: jede Formel mit eingesetzten Eingaben und die Quelle jeder Konstante.</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Vergleichstabelle</translation>
    </message>
    <message>
        <source>Every scenario against the baseline, with P5–P95 ranges. Copy it as TSV for a spreadsheet.</source>
        <translation>Jedes Szenario im Vergleich zur Referenz, mit P5–P95-Bereichen. Kopieren Sie sie als TSV für eine Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menüs</translation>
    </message>
    <message>
        <source>Open examples and workshop exercises (Help → Workshops), import measured runs, browse the catalog, and switch to presentation mode (View, F11) for a projector.</source>
        <translation>Öffnen Sie Beispiele und Workshop-Übungen (Hilfe → Workshops), importieren Sie Messläufe, durchsuchen Sie den Katalog und wechseln Sie für einen Projektor in den Präsentationsmodus (Ansicht, F11).</translation>
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
    <name>greenlight::ui::NumberField</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; kept %3</source>
        <translation>%1: „%2“ ist keine Zahl; %3 beibehalten</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number; kept %3</source>
        <translation>%1: %2 ist keine ganze Zahl; %3 beibehalten</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum %3; kept %4</source>
        <translation>%1: %2 liegt unter dem Minimum %3; %4 beibehalten</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum %3; kept %4</source>
        <translation>%1: %2 liegt über dem Maximum %3; %4 beibehalten</translation>
    </message>
    <message>
        <source>%1: “%2” is not accepted; kept %3</source>
        <translation>%1: „%2“ wird nicht akzeptiert; %3 beibehalten</translation>
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
        <source>&amp;Display costs in:</source>
        <translation>Kosten &amp;anzeigen in:</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
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
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>Currency costs are displayed in. The rates are the catalog&apos;s (defaults exchangeRate.&lt;code&gt;); a user catalog can override them.</source>
        <translation>Währung, in der Kosten angezeigt werden. Die Kurse stammen aus dem Katalog (defaults exchangeRate.&lt;code&gt;); ein Benutzerkatalog kann sie überschreiben.</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Kurs:</translation>
    </message>
    <message>
        <source>Prices in the catalog and all cost estimates are in US dollars; the rate only converts what is displayed.</source>
        <translation>Preise im Katalog und alle Kostenschätzungen sind in US-Dollar; der Kurs rechnet nur die Anzeige um.</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of menus, labels, numbers and dates.</source>
        <translation>Sprache von Menüs, Beschriftungen, Zahlen und Datumsangaben.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Greenlight is restarted.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von Greenlight wirksam.</translation>
    </message>
    <message>
        <source>US dollars: no conversion.</source>
        <translation>US-Dollar: keine Umrechnung.</translation>
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
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with large text and charts, for projectors and workshops (F11)</source>
        <translation>Vollbild mit großer Schrift und großen Diagrammen, für Projektoren und Workshops (F11)</translation>
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
        <translation>Laufzeit (Echtzeit)</translation>
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
    <name>greenlight::ui::RecommendationsModel</name>
    <message>
        <source>Lever: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>%1/t</source>
        <translation>%1/t</translation>
    </message>
    <message>
        <source>The lever applied to the baseline scenario “%1”</source>
        <translation>Die auf das Referenzszenario „%1“ angewendete Maßnahme</translation>
    </message>
    <message>
        <source>Scenario “%1” instead of the baseline</source>
        <translation>Szenario „%1“ statt der Referenz</translation>
    </message>
    <message>
        <source>Lifecycle CO2e (training + inference) of the baseline minus this option; energy saved %1</source>
        <translation>Lebenszyklus-CO2e (Training + Inferenz) der Referenz minus diese Option; eingesparte Energie %1</translation>
    </message>
    <message>
        <source>Cost change per tonne of CO2e saved; negative when the option also saves money</source>
        <translation>Kostenänderung pro eingesparter Tonne CO2e; negativ, wenn die Option auch Geld spart</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>CO2e saved</source>
        <translation>Eingespartes CO2e</translation>
    </message>
    <message>
        <source>P5–P95 saved</source>
        <translation>P5–P95 eingespart</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Kostenänderung</translation>
    </message>
    <message>
        <source>Cost per t saved</source>
        <translation>Kosten pro eingesparter t</translation>
    </message>
    <message>
        <source>Quality cost: %1</source>
        <translation>Qualitätskosten: %1</translation>
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
    <name>greenlight::ui::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Why train this model? What problem does it solve?</source>
        <translation>Warum soll dieses Modell trainiert werden? Welches Problem löst es?</translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation>Zweck bearbeiten</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Erwarteter Nutzen</translation>
    </message>
    <message>
        <source>What do we expect to gain, and for whom?</source>
        <translation>Was erwarten wir zu gewinnen, und für wen?</translation>
    </message>
    <message>
        <source>Edit expected benefit</source>
        <translation>Erwarteten Nutzen bearbeiten</translation>
    </message>
    <message>
        <source>How the benefit is measured</source>
        <translation>Wie der Nutzen gemessen wird</translation>
    </message>
    <message>
        <source>Benchmark, metric and target that will show the gain</source>
        <translation>Benchmark, Metrik und Zielwert, die den Gewinn zeigen werden</translation>
    </message>
    <message>
        <source>Edit how the benefit is measured</source>
        <translation>Bearbeiten, wie der Nutzen gemessen wird</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>What could go wrong: overruns, reruns, misuse…</source>
        <translation>Was schiefgehen könnte: Überschreitungen, Wiederholungsläufe, Missbrauch …</translation>
    </message>
    <message>
        <source>Edit risks</source>
        <translation>Risiken bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>Expected &amp;benefit</source>
        <translation>Erwarteter &amp;Nutzen</translation>
    </message>
    <message>
        <source>How the benefit is &amp;measured</source>
        <translation>Wie der Nutzen &amp;gemessen wird</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risiken</translation>
    </message>
    <message>
        <source>The alternatives the team considered, each modelled by a scenario. Their savings appear under Recommendations.</source>
        <translation>Die vom Team betrachteten Alternativen, jeweils durch ein Szenario modelliert. Ihre Einsparungen erscheinen unter „Empfehlungen“.</translation>
    </message>
    <message>
        <source>Alternatives considered</source>
        <translation>Betrachtete Alternativen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>&amp;Add alternative</source>
        <translation>Alternative &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>Alternative hinzufügen</translation>
    </message>
    <message>
        <source>Remove alternative</source>
        <translation>Alternative entfernen</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anmerkung: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Checklistenfrage beantworten</translation>
    </message>
    <message>
        <source>Edit checklist note</source>
        <translation>Checklisten-Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfende</translation>
    </message>
    <message>
        <source>Double-click a name to edit it.</source>
        <translation>Doppelklicken Sie auf einen Namen, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Name, role</source>
        <translation>Name, Rolle</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation>Neue prüfende Person</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;viewers</source>
        <translation>Prü&amp;fende</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Prüfende Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>Prüfende Person entfernen</translation>
    </message>
    <message>
        <source>Edit reviewer</source>
        <translation>Prüfende Person bearbeiten</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Change review date</source>
        <translation>Prüfdatum ändern</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Unter Auflagen genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation>Ent&amp;scheidung</translation>
    </message>
    <message>
        <source>Change decision</source>
        <translation>Entscheidung ändern</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Conditions of the approval: caps, schedule, checkpoints…</source>
        <translation>Auflagen der Genehmigung: Obergrenzen, Zeitplan, Kontrollpunkte …</translation>
    </message>
    <message>
        <source>Edit conditions</source>
        <translation>Auflagen bearbeiten</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>Auf&amp;lagen</translation>
    </message>
    <message>
        <source>Recommendations ranked by CO2e saved</source>
        <translation>Empfehlungen, geordnet nach eingespartem CO2e</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Kind of alternative %1</source>
        <translation>Art der Alternative %1</translation>
    </message>
    <message>
        <source>Scenario of alternative %1</source>
        <translation>Szenario der Alternative %1</translation>
    </message>
    <message>
        <source>Note on alternative %1</source>
        <translation>Anmerkung zu Alternative %1</translation>
    </message>
    <message>
        <source>Why it was or was not chosen</source>
        <translation>Warum sie gewählt oder nicht gewählt wurde</translation>
    </message>
    <message>
        <source>Change kind of alternative</source>
        <translation>Art der Alternative ändern</translation>
    </message>
    <message>
        <source>Link alternative to scenario</source>
        <translation>Alternative mit Szenario verknüpfen</translation>
    </message>
    <message>
        <source>Edit alternative note</source>
        <translation>Anmerkung zur Alternative bearbeiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;small&gt;No figures yet.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Noch keine Zahlen.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Add scenarios to get recommendations.</source>
        <translation>Fügen Sie Szenarien hinzu, um Empfehlungen zu erhalten.</translation>
    </message>
    <message>
        <source>Levers applied to the baseline “%1” and the other scenarios, ranked by lifecycle CO2e saved; costs in %2.</source>
        <translation>Auf die Referenz „%1“ und die anderen Szenarien angewendete Maßnahmen, geordnet nach eingespartem Lebenszyklus-CO2e; Kosten in %2.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioEditor</name>
    <message>
        <source>Name: a scenario needs a name; kept “%1”</source>
        <translation>Name: Ein Szenario braucht einen Namen; „%1“ beibehalten</translation>
    </message>
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
        <translation>Tatsächliche Laufzeit des Laufs (Echtzeit)</translation>
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
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>&lt;small&gt;Prices are entered in US dollars, the catalog&apos;s unit; costs are shown in %1 (1 USD = %2 %1, %3).&lt;/small&gt;</source>
        <translation>&lt;small&gt;Preise werden in US-Dollar eingegeben, der Einheit des Katalogs; Kosten werden in %1 angezeigt (1 USD = %2 %1, %3).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Total parameters (MoE)</source>
        <translation>Parameter insgesamt (MoE)</translation>
    </message>
    <message>
        <source>Mixture of experts: every expert, held in memory when the model is served; empty for a dense model</source>
        <translation>Mixture of Experts: alle Experten, die beim Bereitstellen im Speicher liegen; leer für ein dichtes Modell</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>Host-Leistung</translation>
    </message>
    <message>
        <source>CPU, memory, network and fan power of the server, per accelerator (the catalog divides the server&apos;s host power by its accelerators)</source>
        <translation>Leistung von CPU, Speicher, Netzwerk und Lüftern des Servers je Beschleuniger (der Katalog teilt die Host-Leistung des Servers durch seine Beschleuniger)</translation>
    </message>
    <message>
        <source>Offsets retired</source>
        <translation>Stillgelegte Kompensationen</translation>
    </message>
    <message>
        <source>Carbon offsets bought for this work, e.g. with a &quot;carbon-neutral&quot; offer. Shown beside the emissions, never subtracted from them; renewable certificates go in the renewable share instead.</source>
        <translation>Für diese Arbeit gekaufte CO2-Kompensationen, z. B. mit einem „klimaneutralen“ Angebot. Neben den Emissionen gezeigt, nie von ihnen abgezogen; Herkunftsnachweise für erneuerbaren Strom gehören stattdessen in den erneuerbaren Anteil.</translation>
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
    <name>greenlight::ui::ServingChart</name>
    <message>
        <source>Serving: energy and latency against the batch size</source>
        <translation>Serving: Energie und Latenz über der Batchgröße</translation>
    </message>
    <message>
        <source>Requests decoded together (batch)</source>
        <translation>Gemeinsam dekodierte Anfragen (Batch)</translation>
    </message>
    <message>
        <source>Energy per request (Wh), per output token (J)</source>
        <translation>Energie je Anfrage (Wh), je Ausgabe-Token (J)</translation>
    </message>
    <message>
        <source>Latency per output token (ms)</source>
        <translation>Latenz je Ausgabe-Token (ms)</translation>
    </message>
    <message>
        <source>Energy per request by boundary (Wh)</source>
        <translation>Energie je Anfrage nach Systemgrenze (Wh)</translation>
    </message>
    <message>
        <source>Wh per request</source>
        <translation>Wh je Anfrage</translation>
    </message>
    <message>
        <source>The selected scenario has no deployment.
Add one in its Deployment section to see how batching moves energy and latency.</source>
        <translation>Das gewählte Szenario hat keine Bereitstellung.
Fügen Sie im Abschnitt Bereitstellung eine hinzu, um zu sehen, wie Batching Energie und Latenz verändert.</translation>
    </message>
    <message>
        <source>This deployment uses a measured energy per request:
the serving model has nothing to sweep.</source>
        <translation>Diese Bereitstellung nutzt eine gemessene Energie je Anfrage:
das Serving-Modell hat nichts zu variieren.</translation>
    </message>
    <message>
        <source>IT energy per request (Wh)</source>
        <translation>IT-Energie je Anfrage (Wh)</translation>
    </message>
    <message>
        <source>accelerator energy per output token (J)</source>
        <translation>Beschleunigerenergie je Ausgabe-Token (J)</translation>
    </message>
    <message>
        <source>latency per output token (ms)</source>
        <translation>Latenz je Ausgabe-Token (ms)</translation>
    </message>
    <message>
        <source>this deployment (batch %1)</source>
        <translation>diese Bereitstellung (Batch %1)</translation>
    </message>
    <message>
        <source>accelerators (busy)</source>
        <translation>Beschleuniger (ausgelastet)</translation>
    </message>
    <message>
        <source>host (CPU, memory)</source>
        <translation>Host (CPU, Speicher)</translation>
    </message>
    <message>
        <source>idle capacity</source>
        <translation>Leerlaufkapazität</translation>
    </message>
    <message>
        <source>facility overhead (PUE)</source>
        <translation>Rechenzentrums-Overhead (PUE)</translation>
    </message>
    <message>
        <source>%1
accelerators %2 Wh, host %3 Wh, idle capacity %4 Wh, facility overhead %5 Wh; embodied %6 g CO2e per request</source>
        <translation>%1
Beschleuniger %2 Wh, Host %3 Wh, Leerlaufkapazität %4 Wh, Rechenzentrums-Overhead %5 Wh; graue Emissionen %6 g CO2e je Anfrage</translation>
    </message>
    <message>
        <source>No scenario has a deployment yet.</source>
        <translation>Noch hat kein Szenario eine Bereitstellung.</translation>
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
    <message>
        <source>Cost (%1)</source>
        <translation>Kosten (%1)</translation>
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
    <name>greenlight::ui::WorkshopsDialog</name>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Exercise text</source>
        <translation>Übungstext</translation>
    </message>
    <message>
        <source>&amp;Open Exercise</source>
        <translation>Übung ö&amp;ffnen</translation>
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
    <message>
        <source>Language of the interface: en, de, fr or es (default: Preferences, else the system locale).</source>
        <translation>Sprache der Oberfläche: en, de, fr oder es (Standard: Einstellungen, sonst das System-Gebietsschema).</translation>
    </message>
</context>
</TS>
