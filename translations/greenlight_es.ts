<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountingText</name>
    <message>
        <source>life cycle for %1</source>
        <translation>ciclo de vida para %1</translation>
    </message>
    <message>
        <source>direct (combustion only, no published life-cycle figure) for %1</source>
        <translation>directo (solo combustión, sin cifra de ciclo de vida publicada) para %1</translation>
    </message>
    <message>
        <source>basis not stated by the source for %1</source>
        <translation>base no indicada por la fuente para %1</translation>
    </message>
    <message>
        <source>Grid figures on different bases: %1. A direct figure leaves out building and fuelling the plants and looks cleaner.</source>
        <translation>Cifras de red con bases distintas: %1. Una cifra directa omite la construcción y el combustible de las centrales y parece más limpia.</translation>
    </message>
    <message>
        <source>Grid data years %1 years apart: %2 for %3, %4 for %5.</source>
        <translation>Años de datos de red separados por %1 años: %2 para %3, %4 para %5.</translation>
    </message>
    <message>
        <source>PUE from different sources: the industry-average default %1 for %2 (no PUE for a country or grid region), the data centre&apos;s own for %3. Set the PUE to compare the grids alone.</source>
        <translation>PUE de fuentes distintas: el promedio del sector %1 para %2 (sin PUE para un país o una zona de red), el del propio centro de datos para %3. Fije el PUE para comparar solo las redes.</translation>
    </message>
    <message>
        <source>grid figures on different bases (direct: %1)</source>
        <translation>cifras de red con bases distintas (directa: %1)</translation>
    </message>
    <message>
        <source>grid data years %1 years apart</source>
        <translation>años de datos de red separados por %1 años</translation>
    </message>
    <message>
        <source>default PUE for %1</source>
        <translation>PUE predeterminado para %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add scenario</source>
        <translation>Agregar escenario</translation>
    </message>
    <message>
        <source>Unlink measured run</source>
        <translation>Desvincular ejecución medida</translation>
    </message>
    <message>
        <source>Link measured run to “%1”</source>
        <translation>Vincular ejecución medida a “%1”</translation>
    </message>
    <message>
        <source>Move scenario</source>
        <translation>Mover escenario</translation>
    </message>
    <message>
        <source>Remove measured run “%1”</source>
        <translation>Quitar ejecución medida “%1”</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>accelerator-hours (given)</source>
        <translation>horas de acelerador (indicadas)</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>wall-clock duration</source>
        <translation>duración real</translation>
    </message>
    <message>
        <source>accelerators</source>
        <translation>aceleradores</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>dispositivos</translation>
    </message>
    <message>
        <source>parameters (activated)</source>
        <translation>parámetros (activados)</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>mil millones</translation>
    </message>
    <message>
        <source>training tokens</source>
        <translation>tokens de entrenamiento</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>model FLOPs utilisation</source>
        <translation>utilización de FLOP del modelo (MFU)</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fracción</translation>
    </message>
    <message>
        <source>peak dense throughput</source>
        <translation>rendimiento denso máximo</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>measured IT energy</source>
        <translation>energía de TI medida</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>experiments multiplier</source>
        <translation>multiplicador de experimentos</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>measured average power per accelerator (all-in)</source>
        <translation>potencia media medida por acelerador (total)</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>accelerator TDP</source>
        <translation>TDP del acelerador</translation>
    </message>
    <message>
        <source>load factor (average power / TDP)</source>
        <translation>factor de carga (potencia media / TDP)</translation>
    </message>
    <message>
        <source>host overhead (CPU, DRAM, network)</source>
        <translation>sobrecarga del host (CPU, DRAM, red)</translation>
    </message>
    <message>
        <source>fraction of accelerator power</source>
        <translation>fracción de la potencia del acelerador</translation>
    </message>
    <message>
        <source>idle energy share</source>
        <translation>proporción de energía en inactividad</translation>
    </message>
    <message>
        <source>fraction of dynamic energy</source>
        <translation>fracción de la energía dinámica</translation>
    </message>
    <message>
        <source>grid carbon intensity</source>
        <translation>intensidad de carbono de la red</translation>
    </message>
    <message>
        <source>g CO2e/kWh</source>
        <translation>g CO2e/kWh</translation>
    </message>
    <message>
        <source>power usage effectiveness (PUE)</source>
        <translation>eficacia en el uso de la energía (PUE)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>relación</translation>
    </message>
    <message>
        <source>renewable share (contractual)</source>
        <translation>proporción renovable (contractual)</translation>
    </message>
    <message>
        <source>residual-mix intensity</source>
        <translation>intensidad de la combinación residual</translation>
    </message>
    <message>
        <source>on-site water usage effectiveness (WUE)</source>
        <translation>eficacia en el uso del agua en el sitio (WUE)</translation>
    </message>
    <message>
        <source>L/kWh</source>
        <translation>L/kWh</translation>
    </message>
    <message>
        <source>water intensity of electricity (EWIF)</source>
        <translation>intensidad hídrica de la electricidad (EWIF)</translation>
    </message>
    <message>
        <source>embodied carbon per accelerator</source>
        <translation>carbono incorporado por acelerador</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>service life</source>
        <translation>vida útil</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>rental price</source>
        <translation>precio de alquiler</translation>
    </message>
    <message>
        <source>USD per accelerator-hour</source>
        <translation>USD por hora de acelerador</translation>
    </message>
    <message>
        <source>electricity price</source>
        <translation>precio de la electricidad</translation>
    </message>
    <message>
        <source>USD/kWh</source>
        <translation>USD/kWh</translation>
    </message>
    <message>
        <source>capital cost per accelerator</source>
        <translation>costo de capital por acelerador</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>carbon price</source>
        <translation>precio del carbono</translation>
    </message>
    <message>
        <source>USD/t CO2e</source>
        <translation>USD/t CO2e</translation>
    </message>
    <message>
        <source>training FLOPs per parameter and token</source>
        <translation>FLOP de entrenamiento por parámetro y token</translation>
    </message>
    <message>
        <source>FLOP</source>
        <translation>FLOP</translation>
    </message>
    <message>
        <source>accelerator-hours</source>
        <translation>horas de acelerador</translation>
    </message>
    <message>
        <source>wall-clock time of the run</source>
        <translation>tiempo real de la ejecución</translation>
    </message>
    <message>
        <source>training compute</source>
        <translation>cómputo de entrenamiento</translation>
    </message>
    <message>
        <source>average power per accelerator</source>
        <translation>potencia media por acelerador</translation>
    </message>
    <message>
        <source>dynamic IT energy</source>
        <translation>energía de TI dinámica</translation>
    </message>
    <message>
        <source>idle energy</source>
        <translation>energía en inactividad</translation>
    </message>
    <message>
        <source>IT energy</source>
        <translation>energía de TI</translation>
    </message>
    <message>
        <source>facility energy</source>
        <translation>energía de la instalación</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e, basado en la ubicación</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, basado en el mercado</translation>
    </message>
    <message>
        <source>CO2e, embodied (amortised)</source>
        <translation>CO2e, incorporado (amortizado)</translation>
    </message>
    <message>
        <source>CO2e, total (location-based + embodied)</source>
        <translation>CO2e, total (basado en la ubicación + incorporado)</translation>
    </message>
    <message>
        <source>water, on-site</source>
        <translation>agua, en el sitio</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>water, off-site (electricity)</source>
        <translation>agua, fuera del sitio (electricidad)</translation>
    </message>
    <message>
        <source>water, total</source>
        <translation>agua, total</translation>
    </message>
    <message>
        <source>cost of compute</source>
        <translation>costo de cómputo</translation>
    </message>
    <message>
        <source>cost, total</source>
        <translation>costo, total</translation>
    </message>
    <message>
        <source>inference energy (facility, whole deployment)</source>
        <translation>energía de inferencia (instalación, todo el despliegue)</translation>
    </message>
    <message>
        <source>inference CO2e (location-based + embodied)</source>
        <translation>CO2e de inferencia (basado en la ubicación + incorporado)</translation>
    </message>
    <message>
        <source>inference water</source>
        <translation>agua de inferencia</translation>
    </message>
    <message>
        <source>inference cost</source>
        <translation>costo de inferencia</translation>
    </message>
    <message>
        <source>lifecycle energy (training + inference)</source>
        <translation>energía del ciclo de vida (entrenamiento + inferencia)</translation>
    </message>
    <message>
        <source>lifecycle CO2e (training + inference)</source>
        <translation>CO2e del ciclo de vida (entrenamiento + inferencia)</translation>
    </message>
    <message>
        <source>lifecycle cost (training + inference)</source>
        <translation>costo del ciclo de vida (entrenamiento + inferencia)</translation>
    </message>
    <message>
        <source>energy per request (facility)</source>
        <translation>energía por solicitud (instalación)</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>CO2e per request</source>
        <translation>CO2e por solicitud</translation>
    </message>
    <message>
        <source>g CO2e</source>
        <translation>g CO2e</translation>
    </message>
    <message>
        <source>pruning</source>
        <translation>poda</translation>
    </message>
    <message>
        <source>quantisation</source>
        <translation>cuantización</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>destilación</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transferencia</translation>
    </message>
    <message>
        <source>experiments</source>
        <translation>experimentos</translation>
    </message>
    <message>
        <source>Is the incremental gain worth the cost?</source>
        <translation>¿Compensa la mejora incremental el costo?</translation>
    </message>
    <message>
        <source>Compare the expected benefit with the baseline&apos;s lifecycle CO2e and cost, and with the lowest-footprint alternative considered.</source>
        <translation>Compare el beneficio esperado con el CO2e y el costo del ciclo de vida de la referencia, y con la alternativa considerada de menor huella.</translation>
    </message>
    <message>
        <source>Could transfer learning or a smaller model do?</source>
        <translation>¿Bastaría con aprendizaje por transferencia o un modelo más pequeño?</translation>
    </message>
    <message>
        <source>The CO2e of the smaller-model, fine-tune and distil alternatives as a share of the baseline.</source>
        <translation>El CO2e de las alternativas de modelo más pequeño, ajuste fino y destilación como proporción de la referencia.</translation>
    </message>
    <message>
        <source>Are pruning, quantisation or distillation planned for deployment?</source>
        <translation>¿Se prevé poda, cuantización o destilación para el despliegue?</translation>
    </message>
    <message>
        <source>The levers set on the baseline and the inference share of its lifecycle CO2e.</source>
        <translation>Las medidas definidas en la referencia y la proporción de inferencia en el CO2e de su ciclo de vida.</translation>
    </message>
    <message>
        <source>Is the hardware efficient and the region low-carbon?</source>
        <translation>¿Es eficiente el hardware y de bajas emisiones la región?</translation>
    </message>
    <message>
        <source>The accelerator and its release year, the PUE, and the region&apos;s grid intensity against the lowest-intensity region of the same provider in the catalog.</source>
        <translation>El acelerador y su año de lanzamiento, el PUE y la intensidad de la red de la región frente a la región de menor intensidad del mismo proveedor en el catálogo.</translation>
    </message>
    <message>
        <source>Can the run be scheduled at low-carbon hours?</source>
        <translation>¿Se puede programar la ejecución en horas de bajas emisiones?</translation>
    </message>
    <message>
        <source>The CO2e saved by the best start time on the region&apos;s hourly intensity profile, against the annual average.</source>
        <translation>El CO2e ahorrado con la mejor hora de inicio según el perfil de intensidad horaria de la región, frente a la media anual.</translation>
    </message>
    <message>
        <source>What is the inference footprint over the model&apos;s life?</source>
        <translation>¿Cuál es la huella de la inferencia durante la vida del modelo?</translation>
    </message>
    <message>
        <source>Inference CO2e over the deployment period, its share of the lifecycle, and CO2e per request.</source>
        <translation>CO2e de inferencia durante el período de despliegue, su proporción en el ciclo de vida y CO2e por solicitud.</translation>
    </message>
    <message>
        <source>INT8 W8A8 with outlier smoothing: negligible accuracy loss on models up to 176 B (SmoothQuant, Xiao et al. 2023); naive INT8 can lose much more; not measured for this model</source>
        <translation>INT8 W8A8 con suavizado de valores atípicos: pérdida de precisión despreciable en modelos de hasta 176 mil M de parámetros (SmoothQuant, Xiao et al. 2023); un INT8 ingenuo puede perder mucho más; no medido para este modelo</translation>
    </message>
    <message>
        <source>one-shot 2:4 roughly doubles perplexity (Llama-2-7B 5.12 → 10.17, SparseGPT); with retraining and distillation 98.4 % of the dense accuracy is recovered (Sparse-Llama-3.1-8B); not measured for this model</source>
        <translation>la poda 2:4 en una pasada duplica aproximadamente la perplejidad (Llama-2-7B 5,12 → 10,17, SparseGPT); con reentrenamiento y destilación se recupera el 98,4 % de la precisión densa (Sparse-Llama-3.1-8B); no medido para este modelo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>distilled student: share of the teacher&apos;s quality retained, as stated in the scenario</source>
        <translation>estudiante destilado: parte de la calidad del maestro conservada, según el escenario</translation>
    </message>
    <message>
        <source>unknown: the scenario changes the model and states no quality figure</source>
        <translation>desconocido: el escenario cambia el modelo y no indica ninguna calidad</translation>
    </message>
    <message>
        <source>unchanged model</source>
        <translation>modelo sin cambios</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>ningún modelo</translation>
    </message>
    <message>
        <source>host power per accelerator (server share)</source>
        <translation>potencia del host por acelerador (parte del servidor)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source> bn</source>
        <translation> mil M</translation>
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
        <translation>Energía (instalación)</translation>
    </message>
    <message>
        <source>CO2e, location-based</source>
        <translation>CO2e, basado en la ubicación</translation>
    </message>
    <message>
        <source>CO2e, market-based</source>
        <translation>CO2e, basado en el mercado</translation>
    </message>
    <message>
        <source>CO2e, embodied</source>
        <translation>CO2e, incorporado</translation>
    </message>
    <message>
        <source>CO2e, total</source>
        <translation>CO2e, total</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Horas de acelerador</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source> g CO2e</source>
        <translation> g CO2e</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Tool: %1 %2</source>
        <translation>Herramienta: %1 %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Hardware: %1</source>
        <translation>Hardware: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sitio: %1</translation>
    </message>
    <message>
        <source>PUE applied by the tool: %1 (%2)</source>
        <translation>PUE aplicado por la herramienta: %1 (%2)</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
    <message>
        <source>Embodied (amortised)</source>
        <translation>Incorporado (amortizado)</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferencia</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactividad</translation>
    </message>
    <message>
        <source>Facility overhead (PUE)</source>
        <translation>Sobrecarga de la instalación (PUE)</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>Precio del carbono</translation>
    </message>
    <message>
        <source>On-site (cooling)</source>
        <translation>En el sitio (refrigeración)</translation>
    </message>
    <message>
        <source>Off-site (electricity)</source>
        <translation>Fuera del sitio (electricidad)</translation>
    </message>
    <message>
        <source>CO2e per scenario</source>
        <translation>CO2e por escenario</translation>
    </message>
    <message>
        <source>Facility energy per scenario</source>
        <translation>Energía de la instalación por escenario</translation>
    </message>
    <message>
        <source>Cost per scenario</source>
        <translation>Costo por escenario</translation>
    </message>
    <message>
        <source>Water per scenario</source>
        <translation>Agua por escenario</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>miles de %1</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>millones de %1</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
    </message>
    <message>
        <source>Smaller model</source>
        <translation>Modelo más pequeño</translation>
    </message>
    <message>
        <source>Fine-tune an existing model</source>
        <translation>Ajuste fino de un modelo existente</translation>
    </message>
    <message>
        <source>Distil</source>
        <translation>Destilar</translation>
    </message>
    <message>
        <source>Other region</source>
        <translation>Otra región</translation>
    </message>
    <message>
        <source>Other time</source>
        <translation>Otro momento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>million L</source>
        <translation>millones de L</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Aprobado con condiciones</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
    </message>
    <message>
        <source>Smaller model</source>
        <translation>Modelo más pequeño</translation>
    </message>
    <message>
        <source>Fine-tune an existing model</source>
        <translation>Ajuste fino de un modelo existente</translation>
    </message>
    <message>
        <source>Distil</source>
        <translation>Destilar</translation>
    </message>
    <message>
        <source>Other region</source>
        <translation>Otra región</translation>
    </message>
    <message>
        <source>Other time</source>
        <translation>Otro momento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Greenlight — need-and-impact report</source>
        <translation>Greenlight — informe de necesidad e impacto</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Estimates computed by Greenlight from the project&apos;s scenarios and the cited catalog. Ranges are the 5th to 95th percentiles of a Monte Carlo simulation (%1 samples, seed %2).</source>
        <translation>Estimaciones calculadas por Greenlight a partir de los escenarios del proyecto y del catálogo citado. Los rangos son los percentiles 5 a 95 de una simulación de Monte Carlo (%1 muestras, semilla %2).</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>No scenario of this project could be evaluated; see the comparison table for the reasons.</source>
        <translation>No se pudo evaluar ningún escenario de este proyecto; consulte los motivos en la tabla de comparación.</translation>
    </message>
    <message>
        <source>Baseline scenario: %1. %2 scenario(s) compared in total.</source>
        <translation>Escenario de referencia: %1. %2 escenario(s) comparado(s) en total.</translation>
    </message>
    <message>
        <source>Facility energy (training)</source>
        <translation>Energía de la instalación (entrenamiento)</translation>
    </message>
    <message>
        <source>Total CO2e (training)</source>
        <translation>CO2e total (entrenamiento)</translation>
    </message>
    <message>
        <source>Water (training)</source>
        <translation>Agua (entrenamiento)</translation>
    </message>
    <message>
        <source>Cost (training)</source>
        <translation>Costo (entrenamiento)</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Lifecycle CO2e (training + inference)</source>
        <translation>CO2e del ciclo de vida (entrenamiento + inferencia)</translation>
    </message>
    <message>
        <source>Lifecycle energy (training + inference)</source>
        <translation>Energía del ciclo de vida (entrenamiento + inferencia)</translation>
    </message>
    <message>
        <source>Key number</source>
        <translation>Cifra clave</translation>
    </message>
    <message>
        <source>Central estimate</source>
        <translation>Estimación central</translation>
    </message>
    <message>
        <source>P5 – P95</source>
        <translation>P5 – P95</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>No lever or alternative in this project lowers the baseline&apos;s CO2e.</source>
        <translation>Ninguna medida ni alternativa de este proyecto reduce el CO2e de la referencia.</translation>
    </message>
    <message>
        <source>it also saves %1 per tonne of CO2e avoided</source>
        <translation>además ahorra %1 por tonelada de CO2e evitada</translation>
    </message>
    <message>
        <source>at %1 per tonne of CO2e avoided</source>
        <translation>a %1 por tonelada de CO2e evitada</translation>
    </message>
    <message>
        <source>Largest saving: &lt;b&gt;%1&lt;/b&gt; saves %2 (P5–P95: %3); %4.</source>
        <translation>Mayor ahorro: &lt;b&gt;%1&lt;/b&gt; ahorra %2 (P5–P95: %3); %4.</translation>
    </message>
    <message>
        <source>Equivalences</source>
        <translation>Equivalencias</translation>
    </message>
    <message>
        <source>The baseline&apos;s training CO2e (%1) is about as much as:</source>
        <translation>El CO2e del entrenamiento de la referencia (%1) equivale aproximadamente a:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Condiciones:</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Comparación de escenarios</translation>
    </message>
    <message>
        <source>Training footprint of every scenario: central estimate, P5–P95 range underneath. S-numbers label the charts.</source>
        <translation>Huella del entrenamiento de cada escenario: estimación central y, debajo, el rango P5–P95. Los números S identifican los gráficos.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>not evaluated: %1</source>
        <translation>no evaluado: %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Facility energy</source>
        <translation>Energía de la instalación</translation>
    </message>
    <message>
        <source>Total CO2e</source>
        <translation>CO2e total</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Lifecycle and break-even</source>
        <translation>Ciclo de vida y punto de equilibrio</translation>
    </message>
    <message>
        <source>No scenario of this project has a deployment, so there is no inference phase or break-even to show.</source>
        <translation>Ningún escenario de este proyecto tiene despliegue, por lo que no hay fase de inferencia ni punto de equilibrio que mostrar.</translation>
    </message>
    <message>
        <source>Training CO2e</source>
        <translation>CO2e del entrenamiento</translation>
    </message>
    <message>
        <source>Inference CO2e</source>
        <translation>CO2e de la inferencia</translation>
    </message>
    <message>
        <source>Lifecycle CO2e</source>
        <translation>CO2e del ciclo de vida</translation>
    </message>
    <message>
        <source>CO2e per request</source>
        <translation>CO2e por solicitud</translation>
    </message>
    <message>
        <source>Break-even against the baseline (CO2e)</source>
        <translation>Punto de equilibrio frente a la referencia (CO2e)</translation>
    </message>
    <message>
        <source>%1, costlier to train, is cleaner overall after %2 requests</source>
        <translation>%1, más costoso de entrenar, es más limpio en total tras %2 solicitudes</translation>
    </message>
    <message>
        <source>identical lifecycles</source>
        <translation>ciclos de vida idénticos</translation>
    </message>
    <message>
        <source>never: the scenario costlier to train does not catch up</source>
        <translation>nunca: el escenario más costoso de entrenar no llega a compensarlo</translation>
    </message>
    <message>
        <source>, within the deployment</source>
        <translation>, dentro del despliegue</translation>
    </message>
    <message>
        <source>, after the deployment ends</source>
        <translation>, después de que termine el despliegue</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Punto de equilibrio</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>No input of the baseline has a range.</source>
        <translation>Ningún dato de entrada de la referencia tiene rango.</translation>
    </message>
    <message>
        <source>How far the baseline&apos;s total CO2e (central %1) moves when one input goes to the low or the high end of its range, every other input at its central value.</source>
        <translation>Cuánto varía el CO2e total de la referencia (central %1) cuando un dato de entrada pasa al extremo inferior o superior de su rango, con los demás en su valor central.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Dato de entrada</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>CO2e at low</source>
        <translation>CO2e en el extremo bajo</translation>
    </message>
    <message>
        <source>CO2e at high</source>
        <translation>CO2e en el extremo alto</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>The baseline&apos;s region has no hourly grid-intensity profile in the catalog (profiles ship for eight US balancing areas), or the run is longer than the profile; no start window is proposed.</source>
        <translation>La región de la referencia no tiene perfil horario de intensidad de la red en el catálogo (se incluyen perfiles para ocho áreas de balance de EE. UU.), o la ejecución dura más que el perfil; no se propone ninguna ventana de inicio.</translation>
    </message>
    <message>
        <source>Best start window</source>
        <translation>Mejor ventana de inicio</translation>
    </message>
    <message>
        <source>Start at the window&apos;s start</source>
        <translation>Inicio al comienzo de la ventana</translation>
    </message>
    <message>
        <source>Worst start</source>
        <translation>Peor inicio</translation>
    </message>
    <message>
        <source>A run of %1 using %2 of facility energy, placed on the hourly profile of its region (operational CO2e only).</source>
        <translation>Una ejecución de %1 que usa %2 de energía de la instalación, situada en el perfil horario de su región (solo CO2e operativo).</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Intensidad media</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Need assessment and decision</source>
        <translation>Evaluación de la necesidad y decisión</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Beneficio esperado</translation>
    </message>
    <message>
        <source>How the benefit is measured</source>
        <translation>Cómo se mide el beneficio</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Alternatives considered</source>
        <translation>Alternativas consideradas</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No se registró ninguna.</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternativa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reviewer checklist</source>
        <translation>Lista de comprobación del revisor</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Evidence from the estimates</source>
        <translation>Evidencia de las estimaciones</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Levers applied to the baseline and the other scenarios, ranked by the CO2e they save over the lifecycle (training, plus inference when deployed). A negative cost per tonne means the option also saves money.</source>
        <translation>Medidas aplicadas a la referencia y los demás escenarios, ordenados por el CO2e que ahorran a lo largo del ciclo de vida (entrenamiento, más inferencia si hay despliegue). Un costo por tonelada negativo significa que la opción también ahorra dinero.</translation>
    </message>
    <message>
        <source>No option to compare.</source>
        <translation>No hay opciones que comparar.</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>CO2e saved</source>
        <translation>CO2e ahorrado</translation>
    </message>
    <message>
        <source>Energy saved</source>
        <translation>Energía ahorrada</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Cambio de costo</translation>
    </message>
    <message>
        <source>Cost per tonne saved</source>
        <translation>Costo por tonelada ahorrada</translation>
    </message>
    <message>
        <source>Measured runs against the estimate</source>
        <translation>Ejecuciones medidas frente a la estimación</translation>
    </message>
    <message>
        <source>Runs measured with CodeCarbon or Carbontracker and linked to a scenario. Ratios are measured divided by estimated (facility energy; operational, location-based CO2e).</source>
        <translation>Ejecuciones medidas con CodeCarbon o Carbontracker y vinculadas a un escenario. Los cocientes son medido entre estimado (energía de la instalación; CO2e operativo basado en la ubicación).</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Measured energy</source>
        <translation>Energía medida</translation>
    </message>
    <message>
        <source>Estimated energy</source>
        <translation>Energía estimada</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Measured CO2e</source>
        <translation>CO2e medido</translation>
    </message>
    <message>
        <source>Estimated CO2e</source>
        <translation>CO2e estimado</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>Every input the estimates used, with its source and year. Values the scenario sets are marked as such; the others come from the catalog. Identical values shared by several scenarios are listed once.</source>
        <translation>Todos los datos de entrada usados por las estimaciones, con su fuente y año. Los valores definidos por el escenario se marcan como tales; los demás proceden del catálogo. Los valores idénticos compartidos por varios escenarios se enumeran una sola vez.</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inferencia</translation>
    </message>
    <message>
        <source>set in the scenario</source>
        <translation>definido en el escenario</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Methodology and explanation traces</source>
        <translation>Metodología y trazas de explicación</translation>
    </message>
    <message>
        <source>Greenlight computes the training footprint from first principles (accelerator-hours × power × PUE × grid intensity, plus amortised embodied carbon), adds the inference phase when a deployment is defined, and propagates every input&apos;s range by Monte Carlo sampling (%1 samples, seed %2; inputs independent). Levers scale the training run afterwards. The traces below give every formula with the values put in (before levers); the full methodology with its citations is in docs/methodology.md.</source>
        <translation>Greenlight calcula la huella del entrenamiento a partir de principios básicos (horas de acelerador × potencia × PUE × intensidad de la red, más el carbono incorporado amortizado), añade la fase de inferencia cuando hay un despliegue definido y propaga el rango de cada dato de entrada mediante muestreo de Monte Carlo (%1 muestras, semilla %2; datos de entrada independientes). Después, las medidas escalan la ejecución de entrenamiento. Las trazas siguientes muestran cada fórmula con los valores sustituidos (antes de aplicar las medidas); la metodología completa con sus referencias está en docs/methodology.md.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Formula, then with the values</source>
        <translation>Fórmula y, a continuación, con los valores</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Aprobación y firma</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Greenlight report</source>
        <translation>Informe de Greenlight</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Greenlight report: %1</source>
        <translation>Informe de Greenlight: %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1: the PDF could not be produced</source>
        <translation>%1: no se pudo generar el PDF</translation>
    </message>
    <message>
        <source>%1 × %2, %3, batch %4, %5 in + %6 out tokens, %7 % busy</source>
        <translation>%1 × %2, %3, lote de %4, %5 tokens de entrada + %6 de salida, %7 % ocupado</translation>
    </message>
    <message>
        <source>measured energy per request</source>
        <translation>energía medida por solicitud</translation>
    </message>
    <message>
        <source>Serving: energy per request by boundary (Wh)</source>
        <translation>Servicio: energía por solicitud según el límite (Wh)</translation>
    </message>
    <message>
        <source>From the serving model calibrated on published inference measurements (docs/validation-inference.md). Accelerator-only figures (what GPU power meters report) are the first column; IT adds the host and the idle capacity of the provisioned fleet; the facility figure adds the data-centre overhead (PUE). Embodied carbon of the serving hardware is shown beside the energy, not in it.</source>
        <translation>Según el modelo de servicio calibrado con mediciones de inferencia publicadas (docs/validation-inference.md). La primera columna es solo de los aceleradores (lo que miden los medidores de potencia de las GPU); TI añade el host y la capacidad ociosa de la flota aprovisionada; la instalación añade el sobrecoste del centro de datos (PUE). El carbono incorporado del hardware de servicio se muestra junto a la energía, no dentro.</translation>
    </message>
    <message>
        <source>Scenario and operating point</source>
        <translation>Escenario y punto de operación</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Aceleradores</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Idle capacity</source>
        <translation>Capacidad ociosa</translation>
    </message>
    <message>
        <source>Facility overhead</source>
        <translation>Sobrecoste de la instalación</translation>
    </message>
    <message>
        <source>Total (facility)</source>
        <translation>Total (instalación)</translation>
    </message>
    <message>
        <source>Embodied CO2e</source>
        <translation>CO2e incorporado</translation>
    </message>
    <message>
        <source>Quality cost: %1</source>
        <translation>Coste en calidad: %1</translation>
    </message>
    <message>
        <source>Offsets retired: %1. They are reported beside the emissions and not subtracted: the location-based (%2) and market-based (%3) figures above stand as computed.</source>
        <translation>Compensaciones retiradas: %1. Se indican junto a las emisiones y no se restan: las cifras basadas en la ubicación (%2) y en el mercado (%3) de arriba quedan tal como se calcularon.</translation>
    </message>
    <message>
        <source>%1: %2 of offsets retired, reported beside the emissions and not subtracted.</source>
        <translation>%1: %2 de compensaciones retiradas, indicadas junto a las emisiones y no restadas.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Facility energy per scenario (P5–P95 whiskers)</source>
        <translation>Energía de la instalación por escenario (bigotes P5–P95)</translation>
    </message>
    <message>
        <source>Water per scenario (P5–P95 whiskers)</source>
        <translation>Agua por escenario (bigotes P5–P95)</translation>
    </message>
    <message>
        <source>Cost per scenario (P5–P95 whiskers)</source>
        <translation>Costo por escenario (bigotes P5–P95)</translation>
    </message>
    <message>
        <source>Total CO2e per scenario (P5–P95 whiskers)</source>
        <translation>CO2e total por escenario (bigotes P5–P95)</translation>
    </message>
    <message>
        <source>Lifecycle: cumulative CO2e, training then inference</source>
        <translation>Ciclo de vida: CO2e acumulado, primero entrenamiento y después inferencia</translation>
    </message>
    <message>
        <source>Months after deployment start</source>
        <translation>Meses desde el inicio del despliegue</translation>
    </message>
    <message>
        <source>Cumulative CO2e (t)</source>
        <translation>CO2e acumulado (t)</translation>
    </message>
    <message>
        <source>break-even after %1 requests</source>
        <translation>punto de equilibrio tras %1 solicitudes</translation>
    </message>
    <message>
        <source>Sensitivity of the baseline&apos;s total CO2e</source>
        <translation>Sensibilidad del CO2e total de la referencia</translation>
    </message>
    <message>
        <source>Input at the low end of its range</source>
        <translation>Dato de entrada en el extremo inferior de su rango</translation>
    </message>
    <message>
        <source>Input at the high end of its range</source>
        <translation>Dato de entrada en el extremo superior de su rango</translation>
    </message>
    <message>
        <source>Change in total CO2e from the central estimate (t)</source>
        <translation>Variación del CO2e total respecto a la estimación central (t)</translation>
    </message>
    <message>
        <source>Hourly grid intensity: %1</source>
        <translation>Intensidad horaria de la red: %1</translation>
    </message>
    <message>
        <source>Hourly grid intensity</source>
        <translation>Intensidad horaria de la red</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Grid intensity (g CO2e/kWh)</source>
        <translation>Intensidad de la red (g CO2e/kWh)</translation>
    </message>
    <message>
        <source>Best start window</source>
        <translation>Mejor ventana de inicio</translation>
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
        <translation>Uso:
  greenlight-cli calibrate PROJECT.json --scenario NAME [--run NAME]... [--format table|json]

Compara las ejecuciones medidas (importadas con `greenlight-cli import`) con la estimación del
escenario (energía de la instalación, CO2e operativo basado en la ubicación, duración real;
cociente = medido / estimado), deduce lo que implica cada ejecución —potencia media por acelerador
con y sin el PUE aplicado por la herramienta, ese PUE y la intensidad de la red (emisiones /
energía)— y propone la mediana de las ejecuciones como hardware.powerW, site.pue y
site.intensityGPerKWh, con su dispersión. Después vuelve a estimar el escenario con la propuesta
y muestra cuánto cambia el plan.
Sin --run se usan las ejecuciones vinculadas al escenario. El archivo de proyecto no se modifica.
</translation>
    </message>
    <message>
        <source>Usage:
  greenlight-cli catalog list accelerators|regions|providers|defaults|equivalences|credits|profiles
                 [--format table|json] [--search TEXT]
  greenlight-cli catalog show ID [--format table|json]
</source>
        <translation>Uso:
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
        <translation>Uso:
  greenlight-cli estimate PROJECT.json [--scenario NAME] [--format table|json|csv] [--explain]
  greenlight-cli estimate --accelerator ID [--count N]
        (--hours H | --accelerator-hours H | --params-b P --tokens-t T [--mfu M] [--precision P]
         | --it-energy-kwh E)
        [--power-w W | --load-factor F [--host-overhead F | --host-power-w W]] [--idle-share S] [--experiments X]
        [--pue X] (--region ID | --intensity G_PER_KWH) [--renewable-share S]
        [--price-usd-per-hour P] [--carbon-price-usd-per-t P] [--name NAME]
        [--format table|json|csv] [--explain]
  incertidumbre (ambas formas): [--samples N] [--seed S] [--sensitivity OUTPUTKEY [--sensitivity-training]]

--power-w es la potencia media total por acelerador (medida, o el TDP cuando una fuente usó el TDP):
no se le suma nada. Sin esta opción, potencia = TDP × factor de carga + potencia del host del servidor por
acelerador, según el catálogo (--host-overhead F: la antigua parte del host en la potencia del acelerador). --pue 1 significa sin sobrecarga de la instalación. --explain muestra cada
fórmula con sus datos de entrada y sus fuentes.
Cada resultado recibe además un rango P5–P95 mediante Monte Carlo sobre los rangos de los datos
de entrada (--samples, predeterminado 10000, 100..10000000; --seed, predeterminado 42: misma
semilla, mismos rangos). --sensitivity OUTPUTKEY (p. ej., co2eTotalKg) ordena los datos de entrada
por su efecto en ese resultado (datos del gráfico de tornado); para un escenario con medidas o
despliegue ordena los factores del ciclo de vida (entrenamiento con medidas + inferencia: incluye
los parámetros de las medidas y la utilización de servicio, p. ej., --sensitivity lifecycleCo2eKg);
--sensitivity-training mantiene el orden del entrenamiento sin medidas.
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
        <translation>Uso:
  greenlight-cli import FILE [--as NAME] [--into PROJECT.json] [--link SCENARIO]
        [--format table|json]

Lee una ejecución de entrenamiento medida: un emissions.csv de CodeCarbon (cualquier formato desde
2020; las filas se suman y los archivos de tareas dan una ejecución por tarea) o la salida de
Carbontracker (texto de consola o archivo de registro). El formato se reconoce por el contenido.
Sin --into, la ejecución solo se muestra. Con --into se agrega a measuredRuns del proyecto (el
archivo se reescribe de forma atómica y el anterior se conserva como PROJECT.json~). --as da
nombre a la ejecución (predeterminado: el nombre del archivo sin extensión); --link la vincula a un
escenario del proyecto para `greenlight-cli calibrate`.
Las líneas omitidas (número de campos incorrecto, número ilegible) se enumeran en stderr como
advertencias.
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
        <translation>Uso:
  greenlight-cli breakeven PROJECT.json --a NAME --b NAME [--format table|json]

Tras cuántas solicitudes (y en qué fecha, a partir del startDate del despliegue) el escenario más
costoso de entrenar pasa a ser el más económico a lo largo de su ciclo de vida, en CO2e (basado en
la ubicación + incorporado), energía de la instalación y dinero. Ambos escenarios necesitan un
&quot;deployment&quot;. &quot;never&quot; cuando el más costoso de entrenar no es más económico por solicitud
(incluidas pendientes iguales).
</translation>
    </message>
    <message>
        <source>expected a command</source>
        <translation>se esperaba un comando</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>comando desconocido</translation>
    </message>
    <message>
        <source>see --help</source>
        <translation>consulte --help</translation>
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
        <translation>Uso:
  greenlight-cli compare-regions PROJECT.json [--scenario NAME] --regions ID,ID,...
        [--format table|json|csv]
  greenlight-cli compare-regions --accelerator ID [--count N] (--hours H | ...) [opciones de estimate]
        --regions ID,ID,... [--format table|json|csv]

Evalúa un escenario en cada región indicada y las ordena por CO2e basado en la ubicación (de menor
a mayor). En cada región se usan la intensidad de la red y la combinación residual de esa región;
el PUE del escenario se mantiene salvo que sea igual al PUE del catálogo de su propia región (en ese
caso se aplica el PUE de cada región). --scenario puede omitirse cuando el proyecto tiene un solo
escenario. Las opciones de la forma rápida son las de `estimate` sin --region/--intensity.
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
        <translation>Uso:
  greenlight-cli review PROJECT.json

Muestra la revisión de necesidad e impacto de un proyecto: la decisión, las medidas y alternativas
ordenadas por CO2e del ciclo de vida ahorrado frente a la referencia (P5–P95 por Monte Carlo, 2000
muestras, semilla 42; diferencia de costo y costo por tonelada ahorrada, negativo cuando la opción
también ahorra dinero) y la lista de comprobación del revisor con las respuestas registradas en el
proyecto y las cifras que responden a cada pregunta.
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
        <translation>Uso:
  greenlight-cli schedule (--profile ID | --profile-file FILE)
        (--hours H (--power-kw P | --energy-kwh E) | PROJECT.json [--scenario NAME])
        [--earliest TIME] [--deadline TIME] [--pausable] [--format table|json]

Determina cuándo ejecutar un trabajo según un perfil horario de intensidad de la red: el mejor inicio
continuo, el peor, el inicio en la hora más temprana (&quot;empezar ahora&quot;) y la media del perfil, con los
ahorros. Con --pausable el trabajo puede detenerse y reanudarse en los límites de hora: entonces se
ejecuta en las horas de menor intensidad de la ventana. Un valor fraccionario de --hours se redondea
hacia arriba a horas completas (la energía se mantiene).
A partir de un proyecto se usan la energía de la instalación y la duración del escenario (horas de
acelerador / aceleradores, experimentos incluidos).

--profile admite el id de un perfil integrado (US-CISO, ...; `catalog list profiles`) o una región
cuyo registro indique uno. --profile-file lee un CSV: timestamp_utc,g_per_kwh, exportaciones de
Electricity Maps o WattTime (docs/methodology.md). TIME está en ISO 8601 (2022-06-01T08:00:00Z, con
un desfase como +02:00, o una fecha 2022-06-01); sin zona horaria se interpreta como UTC. La ventana
abarca por defecto todo el perfil.
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
        <translation>Uso:
  greenlight-cli inference --accelerator ID [--count N] --params-b TOTAL [--active-params-b A]
      --output-tokens O [--input-tokens I] [--batch B] [--precision P]
      [--stack optimised|basic] [--fleet-utilisation U] [--pue X]
      [--region ID | --intensity G] [--samples N] [--seed S] [--format table|json]

La energía, el tiempo y el CO2e de servir una solicitud, según el modelo de servicio calibrado con
mediciones publicadas (docs/validation-inference.md). El prefill está limitado por el cómputo; cada
paso de decodificación lee de memoria los pesos y la caché KV del lote y se reparte entre el lote;
la potencia del acelerador crece con la parte de cómputo del paso. --count es el número de
aceleradores por réplica (por defecto: el menor en que caben el modelo y su lote);
--active-params-b es para mezclas de expertos. --stack: optimised (un servidor de inferencia con
batching continuo y paralelismo tensorial: vLLM, SGLang, TGI, TensorRT-LLM) o basic (el bucle
generate de un framework como Transformers, capas repartidas entre los dispositivos). --precision:
fp32, fp16, bf16, fp8, int8 (pesos y activaciones), int8-weight, int4, nf4, mxfp4 (solo pesos).
--fleet-utilisation es la parte ocupada de la flota aprovisionada (1 = sin capacidad ociosa). Sin
--region ni --intensity se usa la media mundial de la red. Cada cifra se da en su límite: solo
aceleradores, TI (+ host + capacidad ociosa), instalación (× PUE).
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
        <translation>greenlight-cli — estima la energía, el carbono, el agua y el costo del entrenamiento de modelos de ML.

Uso:
  greenlight-cli [--catalog FILE]... COMMAND [OPTIONS]

Comandos:
  estimate     estima los escenarios de un proyecto o una ejecución descrita con opciones
  catalog      enumera o muestra los datos de referencia citados (aceleradores, regiones, proveedores, ...)
  schedule     cuándo ejecutar un trabajo según un perfil horario de intensidad de la red (mejor inicio, pausa/reanudación)
  compare-regions  un escenario en varias regiones, ordenadas por CO2e
  inference    energía, tiempo y CO2e de servir una solicitud (modelo de servicio calibrado)
  breakeven    tras cuántas solicitudes compensa un escenario más costoso de entrenar (CO2e, energía, dinero)
  import       lee una ejecución medida (emissions.csv de CodeCarbon, registro de Carbontracker) y la agrega a un proyecto
  calibrate    compara ejecuciones medidas con un escenario y propone potencia, PUE e intensidad calibrados
  review       la revisión de necesidad e impacto: opciones ordenadas por CO2e ahorrado, lista de comprobación con evidencias
  export       resultados (csv, json), declaración para artículos (md, latex) o fragmento de model card (modelcard)
  report       el informe de necesidad e impacto en PDF (solo en compilaciones con GUI)
  help CMD     ayuda de un comando

Opciones:
  --catalog FILE   agrega un archivo de catálogo de usuario (agrega o sustituye registros; repetible).
                   Los archivos *.json de ~/.local/share/greenlight/catalog se cargan siempre.
  --lang CODE      idioma de la ayuda y los mensajes: en, de, fr, es (predeterminado: la configuración regional del sistema)
  --version        muestra la versión
  --help           muestra esta ayuda

Estado de salida: 0 si todo va bien, 2 si la entrada no es válida (con el motivo en una línea en stderr).
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

Escribe el informe de necesidad e impacto del proyecto en PDF: portada, índice, resumen ejecutivo
(rangos P5-P95 por Monte Carlo), tabla comparativa, gráficos (vectoriales), ciclo de vida y punto de
equilibrio, sensibilidad, planificación, revisión y decisión, recomendaciones, ejecuciones medidas,
supuestos con fuentes, trazas de explicación y un bloque de aprobación. El archivo solo se reemplaza
cuando está completo.

Opciones:
  -o, --output FILE     el PDF que se escribe (obligatorio)
  --page-size A4|Letter tamaño de página (por defecto: A4)
  --samples N           muestras Monte Carlo por escenario (por defecto 10000), como en las
                        Preferencias de la ventana: las mismas opciones dan las cifras de la ventana
  --seed S              semilla Monte Carlo (por defecto 42)
  --currency CODE       costes en una moneda del catálogo (EUR, GBP, ...; por defecto USD)
  --lang CODE           (global) idioma del informe: en, de, fr, es

Estado de salida: 0 si todo va bien, 2 si la entrada no es válida.
</translation>
    </message>
    <message>
        <source>Sensitivity of %1 — %2 (central %3; one input at a time at the ends of its range; training with levers + inference):</source>
        <translation>Sensibilidad de %1 — %2 (central %3; una entrada cada vez en los extremos de su rango; entrenamiento con palancas + inferencia):</translation>
    </message>
    <message>
        <source>Sensitivity of %1 — %2 (central %3; one input at a time at the ends of its range):</source>
        <translation>Sensibilidad de %1 — %2 (central %3; una entrada cada vez en los extremos de su rango):</translation>
    </message>
    <message>
        <source>no input of this scenario has a range: the output is fixed</source>
        <translation>ninguna entrada de este escenario tiene rango: el resultado es fijo</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>output at low</source>
        <translation>resultado en bajo</translation>
    </message>
    <message>
        <source>output at high</source>
        <translation>resultado en alto</translation>
    </message>
    <message>
        <source>swing</source>
        <translation>oscilación</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Condiciones: %1</translation>
    </message>
    <message>
        <source>Reviewers:</source>
        <translation>Revisores:</translation>
    </message>
    <message>
        <source>Recommendations (lifecycle CO2e saved against the baseline; P5–P95: Monte Carlo, %1 samples, seed %2):</source>
        <translation>Recomendaciones (CO2e del ciclo de vida ahorrado frente a la referencia; P5–P95: Monte Carlo, %1 muestras, semilla %2):</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>puesto</translation>
    </message>
    <message>
        <source>option</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>CO2e saved</source>
        <translation>CO2e ahorrado</translation>
    </message>
    <message>
        <source>cost delta</source>
        <translation>diferencia de coste</translation>
    </message>
    <message>
        <source>cost per t saved</source>
        <translation>coste por t ahorrada</translation>
    </message>
    <message>
        <source>lever: %1</source>
        <translation>palanca: %1</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>escenario: %1</translation>
    </message>
    <message>
        <source>(no lever or alternative to compare)</source>
        <translation>(ninguna palanca ni alternativa que comparar)</translation>
    </message>
    <message>
        <source>Quality cost:</source>
        <translation>Coste en calidad:</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Lista de comprobación:</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>respuesta: %1</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energía</translation>
    </message>
    <message>
        <source>CO2e (location)</source>
        <translation>CO2e (ubicación)</translation>
    </message>
    <message>
        <source>CO2e (market)</source>
        <translation>CO2e (mercado)</translation>
    </message>
    <message>
        <source>water</source>
        <translation>agua</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; in %2 region(s), ranked by location-based CO2e (lowest first)</source>
        <translation>Escenario «%1» en %2 región(es), ordenadas por CO2e basado en la ubicación (el más bajo primero)</translation>
    </message>
    <message>
        <source>* the scenario&apos;s own PUE, kept in every region</source>
        <translation>* el PUE propio del escenario, mantenido en cada región</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1 emits %2 less than %3 (%4% less)</source>
        <translation>%1 emite %2 menos que %3 (%4 % menos)</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>magnitud</translation>
    </message>
    <message>
        <source>P5–P95: Monte Carlo, %1 samples, seed %2; inputs drawn independently except where the model couples them; – = no input range affects it</source>
        <translation>P5–P95: Monte Carlo, %1 muestras, semilla %2; entradas muestreadas de forma independiente salvo donde el modelo las acopla; – = ningún rango de entrada le afecta</translation>
    </message>
    <message>
        <source>published:</source>
        <translation>publicado:</translation>
    </message>
    <message>
        <source>%1 accelerator-hours</source>
        <translation>%1 horas de acelerador</translation>
    </message>
    <message>
        <source>offsets retired: %1 — reported beside the emissions, never subtracted from them (location-based %2, market-based %3 as computed)</source>
        <translation>compensaciones retiradas: %1 — indicadas junto a las emisiones, nunca restadas de ellas (basado en la ubicación %2, basado en el mercado %3 según el cálculo)</translation>
    </message>
    <message>
        <source>%1 is about:</source>
        <translation>%1 equivale aproximadamente a:</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>magnitud</translation>
    </message>
    <message>
        <source>A training</source>
        <translation>A entrenamiento</translation>
    </message>
    <message>
        <source>B training</source>
        <translation>B entrenamiento</translation>
    </message>
    <message>
        <source>A per request</source>
        <translation>A por solicitud</translation>
    </message>
    <message>
        <source>B per request</source>
        <translation>B por solicitud</translation>
    </message>
    <message>
        <source>break-even:</source>
        <translation>punto de equilibrio:</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>idéntico</translation>
    </message>
    <message>
        <source>none (%1 never catches up)</source>
        <translation>ninguno (%1 nunca se recupera)</translation>
    </message>
    <message>
        <source>from the first request</source>
        <translation>desde la primera solicitud</translation>
    </message>
    <message>
        <source>after %1 requests (%2 days%3): %4 becomes cheaper</source>
        <translation>tras %1 solicitudes (%2 días%3): %4 resulta más barato</translation>
    </message>
    <message>
        <source>after %1 requests (%2 days%3, after the deployment ends): %4 becomes cheaper</source>
        <translation>tras %1 solicitudes (%2 días%3, tras el fin del despliegue): %4 resulta más barato</translation>
    </message>
    <message>
        <source>Lever effects</source>
        <translation>Efectos de las palancas</translation>
    </message>
    <message>
        <source>%1 (training): %2 → %3</source>
        <translation>%1 (entrenamiento): %2 → %3</translation>
    </message>
    <message>
        <source>%1 (inference): %2</source>
        <translation>%1 (inferencia): %2</translation>
    </message>
    <message>
        <source>training CO2e: %1 without levers → %2 (worse)</source>
        <translation>CO2e del entrenamiento: %1 sin palancas → %2 (peor)</translation>
    </message>
    <message>
        <source>training CO2e: %1 without levers → %2 (better)</source>
        <translation>CO2e del entrenamiento: %1 sin palancas → %2 (mejor)</translation>
    </message>
    <message>
        <source>training CO2e: %1 without levers → %2 (unchanged)</source>
        <translation>CO2e del entrenamiento: %1 sin palancas → %2 (sin cambios)</translation>
    </message>
    <message>
        <source>Lifecycle (training, then inference)</source>
        <translation>Ciclo de vida (entrenamiento, luego inferencia)</translation>
    </message>
    <message>
        <source>%1 requests/day for %2 months on %3 (%4 B, %5)</source>
        <translation>%1 solicitudes/día durante %2 meses en %3 (%4 B, %5)</translation>
    </message>
    <message>
        <source>per request: %1 Wh, %2 g CO2e</source>
        <translation>por solicitud: %1 Wh, %2 g CO2e</translation>
    </message>
    <message>
        <source>inference: %1</source>
        <translation>inferencia: %1</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>solicitudes</translation>
    </message>
    <message>
        <source>Break-even: %1 (baseline) vs %2</source>
        <translation>Punto de equilibrio: %1 (referencia) frente a %2</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
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
        <translation>Uso:
  greenlight-cli export PROJECT.json --format csv|json|md|latex|modelcard [-o FILE] [--scenario NAME]
                        [--samples N] [--seed S]

Formatos:
  csv        todos los resultados de todos los escenarios (las columnas de `estimate --format csv`, docs/cli.md)
  json       los resultados de `estimate --format json`, más la &quot;review&quot; del proyecto y las
             &quot;recommendations&quot; ordenadas (medidas y alternativas por CO2e ahorrado, costo por tonelada)
  md         una declaración para artículos en Markdown: un párrafo y una tabla (hardware, horas de
             acelerador, potencia, energía, PUE, intensidad de la red, CO2e con su rango P5–P95)
  latex      la misma declaración como fragmento LaTeX (requiere booktabs y la codificación de fuentes T1)
  modelcard  metadatos de model card de Hugging Face (co2_eq_emissions, emisiones en gramos) y una
             sección Markdown &quot;## Carbon footprint&quot;

md, latex y modelcard describen una ejecución de entrenamiento: --scenario NAME o, si no, la
referencia del proyecto (o, si no, su primer escenario). Con csv y json, --scenario conserva solo
ese escenario.
--samples N y --seed S fijan la simulación de Monte Carlo de cada rango (por defecto 10000 y 42), como
en `estimate`.
-o FILE escribe el archivo de forma atómica (el archivo anterior se mantiene completo hasta que el
nuevo está en disco); sin esta opción, la exportación va a la salida estándar.
</translation>
    </message>
</context>
<context>
    <name>greenlight::report::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Tamaño de página:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::CatalogBrowser</name>
    <message>
        <source>V (primary source)</source>
        <translation>V (fuente primaria)</translation>
    </message>
    <message>
        <source>S (secondary copies)</source>
        <translation>S (copias secundarias)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Catalog sections</source>
        <translation>Secciones del catálogo</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Aceleradores</translation>
    </message>
    <message>
        <source>Search accelerators (id, name, vendor)…</source>
        <translation>Buscar aceleradores (id, nombre, fabricante)…</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Search regions (country, grid, cloud region, id)…</source>
        <translation>Buscar regiones (país, red, región de nube, id)…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Search providers…</source>
        <translation>Buscar proveedores…</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <source>Search default constants…</source>
        <translation>Buscar constantes predeterminadas…</translation>
    </message>
    <message>
        <source>Equivalences</source>
        <translation>Equivalencias</translation>
    </message>
    <message>
        <source>Search equivalences…</source>
        <translation>Buscar equivalencias…</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Search data credits…</source>
        <translation>Buscar créditos de datos…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record details with sources</source>
        <translation>Detalles del registro con fuentes</translation>
    </message>
    <message>
        <source>Select a record to see every field with its source.</source>
        <translation>Seleccione un registro para ver cada campo con su fuente.</translation>
    </message>
    <message>
        <source>Add / Edit &amp;User Record…</source>
        <translation>Agregar o editar registro de &amp;usuario…</translation>
    </message>
    <message>
        <source>Add an accelerator or region, or override the selected one with your own figures and source. Saved in %1.</source>
        <translation>Agregue un acelerador o una región, o sustituya el registro seleccionado con sus propias cifras y fuente. Se guarda en %1.</translation>
    </message>
    <message>
        <source>User records are read from %1 when Greenlight starts.</source>
        <translation>Los registros de usuario se leen de %1 al iniciar Greenlight.</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Buscar en %1</translation>
    </message>
    <message>
        <source>Shows the records where any field contains the text.</source>
        <translation>Muestra los registros en los que algún campo contiene el texto.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Power basis</source>
        <translation>Base de la potencia</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Memoria (GB)</translation>
    </message>
    <message>
        <source>Peak (TFLOP/s)</source>
        <translation>Pico (TFLOP/s)</translation>
    </message>
    <message>
        <source>Default precision</source>
        <translation>Precisión predeterminada</translation>
    </message>
    <message>
        <source>Embodied (kg CO₂e)</source>
        <translation>Emisiones incorporadas (kg CO₂e)</translation>
    </message>
    <message>
        <source>Embodied basis</source>
        <translation>Base de las emisiones incorporadas</translation>
    </message>
    <message>
        <source>Price (USD/h)</source>
        <translation>Precio (USD/h)</translation>
    </message>
    <message>
        <source>Price offer</source>
        <translation>Modalidad de precio</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Año de lanzamiento</translation>
    </message>
    <message>
        <source>%1 g/kWh, %2: %3</source>
        <translation>%1 g/kWh, %2: %3</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Intensity (g CO₂e/kWh)</source>
        <translation>Intensidad (g CO₂e/kWh)</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>CFE share</source>
        <translation>Proporción de CFE</translation>
    </message>
    <message>
        <source>Other published intensities</source>
        <translation>Otras intensidades publicadas</translation>
    </message>
    <message>
        <source>Hourly profile</source>
        <translation>Perfil horario</translation>
    </message>
    <message>
        <source>PUE low</source>
        <translation>PUE bajo</translation>
    </message>
    <message>
        <source>PUE high</source>
        <translation>PUE alto</translation>
    </message>
    <message>
        <source>%1 %2 / %3 / %4</source>
        <translation>%1 %2 / %3 / %4</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Range (low / mode / high)</source>
        <translation>Rango (bajo / moda / alto)</translation>
    </message>
    <message>
        <source>g CO₂e per unit</source>
        <translation>g CO₂e por unidad</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User record saved</source>
        <translation>Registro de usuario guardado</translation>
    </message>
    <message>
        <source>Saved to %1.

The record takes effect the next time Greenlight starts.</source>
        <translation>Guardado en %1.

El registro se aplicará la próxima vez que se inicie Greenlight.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Fuente: %2</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Intensity low</source>
        <translation>Intensidad baja</translation>
    </message>
    <message>
        <source>Intensity high</source>
        <translation>Intensidad alta</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Direct intensity (g CO₂e/kWh)</source>
        <translation>Intensidad directa (g CO₂e/kWh)</translation>
    </message>
    <message>
        <source>Water of electricity (L/kWh)</source>
        <translation>Agua de la electricidad (L/kWh)</translation>
    </message>
    <message>
        <source>WUE (L/kWh)</source>
        <translation>WUE (L/kWh)</translation>
    </message>
    <message>
        <source>WUE low</source>
        <translation>WUE baja</translation>
    </message>
    <message>
        <source>WUE high</source>
        <translation>WUE alta</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::CatalogRecordDialog</name>
    <message>
        <source>New Accelerator</source>
        <translation>Nuevo acelerador</translation>
    </message>
    <message>
        <source>Edit Accelerator “%1”</source>
        <translation>Editar acelerador “%1”</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fabricante:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;TDP:</source>
        <translation>T&amp;DP:</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Board power (TDP/TGP). Leave at “none” for chips without a published figure: scenarios must then give the measured power.</source>
        <translation>Potencia de la placa (TDP/TGP). Deje “ninguno” en los chips sin cifra publicada: los escenarios deberán indicar entonces la potencia medida.</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memoria:</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Device memory.</source>
        <translation>Memoria del dispositivo.</translation>
    </message>
    <message>
        <source>Peak %1:</source>
        <translation>Pico %1:</translation>
    </message>
    <message>
        <source>TFLOP/s</source>
        <translation>TFLOP/s</translation>
    </message>
    <message>
        <source>Dense peak throughput at %1 (no sparsity); “none” if the device has no such mode.</source>
        <translation>Rendimiento máximo denso en %1 (sin dispersión); “ninguno” si el dispositivo no tiene ese modo.</translation>
    </message>
    <message>
        <source>Default precision</source>
        <translation>Precisión predeterminada</translation>
    </message>
    <message>
        <source>The precision training normally uses on this device; it needs a peak value.</source>
        <translation>La precisión que suele usar el entrenamiento en este dispositivo; requiere un valor de pico.</translation>
    </message>
    <message>
        <source>Default &amp;precision:</source>
        <translation>&amp;Precisión predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Embodied:</source>
        <translation>&amp;Emisiones incorporadas:</translation>
    </message>
    <message>
        <source>kg CO₂e</source>
        <translation>kg CO₂e</translation>
    </message>
    <message>
        <source>Manufacturing emissions of the chip.</source>
        <translation>Emisiones de fabricación del chip.</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>P&amp;recio:</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Typical on-demand price per accelerator-hour.</source>
        <translation>Precio habitual bajo demanda por hora de acelerador.</translation>
    </message>
    <message>
        <source>New Region</source>
        <translation>Nueva región</translation>
    </message>
    <message>
        <source>Edit Region “%1”</source>
        <translation>Editar región “%1”</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3 code of the country it lies in, e.g. FRA.</source>
        <translation>Código ISO 3166-1 alfa-3 del país en el que se encuentra, p. ej., FRA.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>For cloud regions: aws, gcp, azure, alibaba.</source>
        <translation>Para regiones de nube: aws, gcp, azure, alibaba.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>P&amp;roveedor:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>Intensi&amp;dad:</translation>
    </message>
    <message>
        <source>g CO₂e/kWh</source>
        <translation>g CO₂e/kWh</translation>
    </message>
    <message>
        <source>Annual average grid carbon intensity.</source>
        <translation>Intensidad de carbono media anual de la red.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Life-cycle or operational (direct) emissions factor.</source>
        <translation>Factor de emisión de ciclo de vida u operativo (directo).</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>P&amp;UE:</source>
        <translation>PU&amp;E:</translation>
    </message>
    <message>
        <source>The provider&apos;s PUE in this region (≥ 1).</source>
        <translation>PUE del proveedor en esta región (≥ 1).</translation>
    </message>
    <message>
        <source>C&amp;FE share:</source>
        <translation>Proporción de C&amp;FE:</translation>
    </message>
    <message>
        <source>Carbon-free energy share, 0–1 (Google publishes it per region).</source>
        <translation>Proporción de energía libre de carbono, 0–1 (Google la publica por región).</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Unique id. A user record with the id of a shipped record overrides it.</source>
        <translation>Id único. Un registro de usuario con el id de un registro incluido lo sustituye.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Paper + table, datasheet title, or repository@commit + path</source>
        <translation>Artículo + tabla, título de la hoja de datos, o repositorio@commit + ruta</translation>
    </message>
    <message>
        <source>Required: where a reader can check these numbers.</source>
        <translation>Obligatorio: dónde puede un lector comprobar estas cifras.</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>The year the numbers refer to, or the publication year.</source>
        <translation>Año al que se refieren las cifras, o año de publicación.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Añ&amp;o:</translation>
    </message>
    <message>
        <source>V — read in a primary source</source>
        <translation>V — leído en una fuente primaria</translation>
    </message>
    <message>
        <source>S — secondary copies only</source>
        <translation>S — solo copias secundarias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ComparisonModel</name>
    <message>
        <source>cannot estimate</source>
        <translation>no se puede estimar</translation>
    </message>
    <message>
        <source>%1 = %2 %3 — select to see how it was computed</source>
        <translation>%1 = %2 %3 — seleccione para ver cómo se calculó</translation>
    </message>
    <message>
        <source>%1
(baseline)</source>
        <translation>%1
(referencia)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
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
        <translation>Energía medida</translation>
    </message>
    <message>
        <source>Energy: estimate / measured</source>
        <translation>Energía: estimada / medida</translation>
    </message>
    <message>
        <source>Measured CO2e</source>
        <translation>CO2e medido</translation>
    </message>
    <message>
        <source>CO2e: estimate / measured</source>
        <translation>CO2e: estimado / medido</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>relación</translation>
    </message>
    <message>
        <source>No measured run is linked to this scenario (Measured runs panel).</source>
        <translation>No hay ninguna ejecución medida vinculada a este escenario (panel Ejecuciones medidas).</translation>
    </message>
    <message>
        <source>P5–P95 of the estimate: %1 – %2</source>
        <translation>P5–P95 de la estimación: %1 – %2</translation>
    </message>
    <message>
        <source>no uncertainty range for this estimate</source>
        <translation>esta estimación no tiene rango de incertidumbre</translation>
    </message>
    <message numerus="yes">
        <source>%1
median of %n runs</source>
        <translation>
            <numerusform>%1
mediana de %n ejecución</numerusform>
            <numerusform>%1
mediana de %n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>×%1
inside P5–P95</source>
        <translation>×%1
dentro de P5–P95</translation>
    </message>
    <message>
        <source>×%1
outside P5–P95</source>
        <translation>×%1
fuera de P5–P95</translation>
    </message>
    <message>
        <source>Estimated %1 against measured %2; %3</source>
        <translation>Estimado %1 frente a medido %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>Median of %n linked run(s), as the measuring tool reported it</source>
        <translation>
            <numerusform>Mediana de %n ejecución vinculada, según la herramienta de medición</numerusform>
            <numerusform>Mediana de %n ejecuciones vinculadas, según la herramienta de medición</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = %2 (%3 USD; %4) — select to see how it was computed</source>
        <translation>%1 = %2 (%3 USD; %4) — seleccione para ver cómo se calculó</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::Dashboard</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Comparison against the baseline</source>
        <translation>Comparación con la referencia</translation>
    </message>
    <message>
        <source>Copy table as TSV</source>
        <translation>Copiar tabla como TSV</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Accounting notes</source>
        <translation>Notas de contabilidad</translation>
    </message>
    <message>
        <source>%1: %2 of offsets retired, shown beside the emissions and not subtracted from them.</source>
        <translation>%1: %2 de compensaciones retiradas, mostradas junto a las emisiones y no restadas de ellas.</translation>
    </message>
    <message>
        <source>%1: %2 of offsets, not subtracted</source>
        <translation>%1: %2 de compensaciones, no restadas</translation>
    </message>
    <message>
        <source>Accounting notes (hover for details): %1</source>
        <translation>Notas de contabilidad (pase el ratón para ver detalles): %1</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Escala &amp;logarítmica</translation>
    </message>
    <message>
        <source>Logarithmic axis for the four bar charts: one bar per scenario (its total), so small and large runs stay readable side by side.</source>
        <translation>Eje logarítmico para los cuatro gráficos de barras: una barra por escenario (su total), para que las ejecuciones pequeñas y grandes se lean una junto a otra.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::DeploymentEditor</name>
    <message>
        <source>Deploy the trained model</source>
        <translation>Desplegar el modelo entrenado</translation>
    </message>
    <message>
        <source>Add the inference phase: the lifecycle, per-request figures and break-even</source>
        <translation>Agrega la fase de inferencia: ciclo de vida, cifras por solicitud y punto de equilibrio</translation>
    </message>
    <message>
        <source>Serving fleet (accelerators around the clock)</source>
        <translation>Flota de servicio (aceleradores las 24 horas)</translation>
    </message>
    <message>
        <source>Energy per request</source>
        <translation>Energía por solicitud</translation>
    </message>
    <message>
        <source>Serving energy from</source>
        <translation>Energía de servicio a partir de</translation>
    </message>
    <message>
        <source>Same as training</source>
        <translation>Igual que en el entrenamiento</translation>
    </message>
    <message>
        <source>Serving accelerator</source>
        <translation>Acelerador de servicio</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Solicitudes por día</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>Fleet size</source>
        <translation>Tamaño de la flota</translation>
    </message>
    <message>
        <source>dev.</source>
        <translation>disp.</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Same site as training</source>
        <translation>Mismo sitio que el entrenamiento</translation>
    </message>
    <message>
        <source>Serving region</source>
        <translation>Región de servicio</translation>
    </message>
    <message>
        <source>Serving PUE</source>
        <translation>PUE de servicio</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>relación</translation>
    </message>
    <message>
        <source>Add deployment</source>
        <translation>Agregar despliegue</translation>
    </message>
    <message>
        <source>Remove deployment</source>
        <translation>Quitar despliegue</translation>
    </message>
    <message>
        <source>Change serving mode</source>
        <translation>Cambiar modo de servicio</translation>
    </message>
    <message>
        <source>Change serving accelerator</source>
        <translation>Cambiar acelerador de servicio</translation>
    </message>
    <message>
        <source>Change start date</source>
        <translation>Cambiar fecha de inicio</translation>
    </message>
    <message>
        <source>Change serving region</source>
        <translation>Cambiar región de servicio</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>%1 requests over %2 months
per request: %3 Wh, %4 g CO2e
inference: %5, %6, %7
lifecycle (training + inference): %8</source>
        <translation>%1 solicitudes en %2 meses
por solicitud: %3 Wh, %4 g CO2e
inferencia: %5, %6, %7
ciclo de vida (entrenamiento + inferencia): %8</translation>
    </message>
    <message>
        <source>The deployment cannot be estimated; see the problems below the tabs.</source>
        <translation>No se puede estimar el despliegue; consulte los problemas debajo de las pestañas.</translation>
    </message>
    <message>
        <source>Training only. Deploy the model to see its lifecycle and break-even.</source>
        <translation>Solo entrenamiento. Despliegue el modelo para ver su ciclo de vida y su punto de equilibrio.</translation>
    </message>
    <message>
        <source>Serving model (calibrated on measurements)</source>
        <translation>Modelo de servicio (calibrado con mediciones)</translation>
    </message>
    <message>
        <source>Inference server (vLLM, SGLang, TGI)</source>
        <translation>Servidor de inferencia (vLLM, SGLang, TGI)</translation>
    </message>
    <message>
        <source>Generate loop (Transformers)</source>
        <translation>Bucle generate (Transformers)</translation>
    </message>
    <message>
        <source>Continuous batching and tensor parallelism, or a framework&apos;s generate loop with the layers spread over the devices: measurements show the software matters as much as the hardware</source>
        <translation>Batching continuo y paralelismo tensorial, o el bucle generate de un framework con las capas repartidas entre los dispositivos: las mediciones muestran que el software importa tanto como el hardware</translation>
    </message>
    <message>
        <source>Serving software</source>
        <translation>Software de servicio</translation>
    </message>
    <message>
        <source>Input tokens per request</source>
        <translation>Tokens de entrada por solicitud</translation>
    </message>
    <message>
        <source>Output tokens per request</source>
        <translation>Tokens de salida por solicitud</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>solicitudes</translation>
    </message>
    <message>
        <source>Accelerators per replica</source>
        <translation>Aceleradores por réplica</translation>
    </message>
    <message>
        <source>Fleet utilisation</source>
        <translation>Utilización de la flota</translation>
    </message>
    <message>
        <source>busy share</source>
        <translation>parte ocupada</translation>
    </message>
    <message>
        <source>Active parameters (MoE)</source>
        <translation>Parámetros activos (MoE)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>mil M</translation>
    </message>
    <message>
        <source>Change serving software</source>
        <translation>Cambiar el software de servicio</translation>
    </message>
    <message>
        <source>%1 × %2 per replica, batch %3, %4 s per request; fleet %5 accelerators, %6 % busy</source>
        <translation>%1 × %2 por réplica, lote de %3, %4 s por solicitud; flota de %5 aceleradores, %6 % ocupada</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::Document</name>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplicar escenario</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Establecer referencia</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Editar proyecto</translation>
    </message>
    <message>
        <source>no measured run found in the file</source>
        <translation>no se encontró ninguna ejecución medida en el archivo</translation>
    </message>
    <message>
        <source>measured run</source>
        <translation>ejecución medida</translation>
    </message>
    <message>
        <source>a measured run named “%1” already exists; added as “%2”</source>
        <translation>ya existe una ejecución medida llamada “%1”; se agregó como “%2”</translation>
    </message>
    <message>
        <source>Import measured run “%1”</source>
        <translation>Importar ejecución medida “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measured run(s)</source>
        <translation>
            <numerusform>Importar %n ejecución medida</numerusform>
            <numerusform>Importar %n ejecuciones medidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibrate “%1” from measured runs</source>
        <translation>Calibrar “%1” a partir de ejecuciones medidas</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::EquivalenceLine</name>
    <message>
        <source>What does this mean</source>
        <translation>Qué significa esto</translation>
    </message>
    <message>
        <source>driving %1 km in an average European car</source>
        <translation>conducir %1 km en un automóvil europeo medio</translation>
    </message>
    <message>
        <source>%1 one-way economy flights New York – San Francisco</source>
        <translation>%1 vuelos de ida en clase turista Nueva York – San Francisco</translation>
    </message>
    <message>
        <source>the electricity of %1 US homes for a year</source>
        <translation>la electricidad de %1 hogares estadounidenses durante un año</translation>
    </message>
    <message>
        <source>what %1 trees absorb in a month</source>
        <translation>lo que absorben %1 árboles en un mes</translation>
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
        <translation>&lt;b&gt;¿Qué significa esto?&lt;/b&gt; Entrenar “%1” emite unos %2 CO2e (basado en la ubicación + incorporado): tanto como %3.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, o </translation>
    </message>
    <message>
        <source>Everyday equivalents of the total CO2e, from the catalog&apos;s cited sources:
%1</source>
        <translation>Equivalencias cotidianas del CO2e total, según las fuentes citadas en el catálogo:
%1</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ExperimentRunsEditor</name>
    <message>
        <source>Extra runs</source>
        <translation>Ejecuciones adicionales</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Measured as</source>
        <translation>Medida en</translation>
    </message>
    <message>
        <source>A name for the run, e.g. &quot;LR sweep&quot;</source>
        <translation>Un nombre para la ejecución, p. ej. «barrido de LR»</translation>
    </message>
    <message>
        <source>Per cent of the main run&apos;s compute, or accelerator-hours</source>
        <translation>Porcentaje del cómputo de la ejecución principal, o horas de acelerador</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>Añadir ejecución</translation>
    </message>
    <message>
        <source>Add an extra run (a sweep, an ablation, a failed start)</source>
        <translation>Añadir una ejecución adicional (barrido, ablación, arranque fallido)</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>Quitar ejecución</translation>
    </message>
    <message>
        <source>Remove the selected run</source>
        <translation>Quitar la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Rename experiment run</source>
        <translation>Renombrar ejecución de experimento</translation>
    </message>
    <message>
        <source>Size of run %1</source>
        <translation>Tamaño de la ejecución %1</translation>
    </message>
    <message>
        <source>% of main run</source>
        <translation>% de la ejecución principal</translation>
    </message>
    <message>
        <source>accelerator-hours</source>
        <translation>horas de acelerador</translation>
    </message>
    <message>
        <source>Basis of run %1</source>
        <translation>Base de la ejecución %1</translation>
    </message>
    <message>
        <source>Resize experiment run</source>
        <translation>Cambiar el tamaño de la ejecución de experimento</translation>
    </message>
    <message>
        <source>Change experiment run basis</source>
        <translation>Cambiar la base de la ejecución de experimento</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>Add experiment run</source>
        <translation>Añadir ejecución de experimento</translation>
    </message>
    <message>
        <source>Remove experiment run</source>
        <translation>Quitar ejecución de experimento</translation>
    </message>
    <message>
        <source>Run %1: the name must not be empty; the change was not applied.</source>
        <translation>Ejecución %1: el nombre no puede estar vacío; el cambio no se ha aplicado.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Select a number in the table to see how it was computed and where each input comes from.</source>
        <translation>Seleccione un número de la tabla para ver cómo se calculó y de dónde procede cada dato de entrada.</translation>
    </message>
    <message>
        <source>This scenario cannot be estimated:
</source>
        <translation>No se puede estimar este escenario:
</translation>
    </message>
    <message>
        <source>set in the scenario</source>
        <translation>definido en el escenario</translation>
    </message>
    <message>
        <source>Shown as %1 = %2 USD × %3 %4/USD</source>
        <translation>Se muestra como %1 = %2 USD × %3 %4/USD</translation>
    </message>
    <message>
        <source>Exchange rate: %1 (%2). Costs are computed in US dollars.</source>
        <translation>Tipo de cambio: %1 (%2). Los costos se calculan en dólares estadounidenses.</translation>
    </message>
    <message>
        <source>How the deployment was served</source>
        <translation>Cómo se sirvió el despliegue</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::FileController</name>
    <message>
        <source>“%1” was written with file format %2 and has been converted to format %3; the first save keeps the original as “%4”.</source>
        <translation>«%1» se escribió con el formato de archivo %2 y se ha convertido al formato %3; al guardar por primera vez se conserva el original como «%4».</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Greenlight projects (*.greenlight.json);;JSON files (*.json)</source>
        <translation>Proyectos de Greenlight (*.greenlight.json);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>“%1” could not be opened; the open project is unchanged.</source>
        <translation>No se pudo abrir “%1”; el proyecto abierto no ha cambiado.</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>No se pudo guardar “%1”: %2</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <source>Greenlight projects (*.greenlight.json)</source>
        <translation>Proyectos de Greenlight (*.greenlight.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Greenlight was not closed properly last time. Unsaved changes%1 were kept from %2. Restore them?</source>
        <translation>Greenlight no se cerró correctamente la última vez. Se conservaron los cambios sin guardar%1 con fecha %2. ¿Desea restaurarlos?</translation>
    </message>
    <message>
        <source> to “%1”</source>
        <translation> en “%1”</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Error en la recuperación</translation>
    </message>
    <message>
        <source>The autosaved work could not be read.</source>
        <translation>No se pudo leer el trabajo guardado automáticamente.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::GuidedTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>&amp;Omitir recorrido</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::LeversEditor</name>
    <message>
        <source>Pruning</source>
        <translation>Poda</translation>
    </message>
    <message>
        <source>Remove weights, retrain, serve a sparser model</source>
        <translation>Eliminar pesos, reentrenar y servir un modelo más disperso</translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Unstructured (little speed-up on dense hardware)</source>
        <translation>No estructurada (poca aceleración en hardware denso)</translation>
    </message>
    <message>
        <source>2:4 semi-structured (sparse tensor cores)</source>
        <translation>2:4 semiestructurada (núcleos tensoriales dispersos)</translation>
    </message>
    <message>
        <source>Structured (smaller dense model)</source>
        <translation>Estructurada (modelo denso más pequeño)</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>Reentrenamiento</translation>
    </message>
    <message>
        <source>× run</source>
        <translation>× ejecución</translation>
    </message>
    <message>
        <source>Quantisation</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Lower precision in training and/or serving</source>
        <translation>Menor precisión en el entrenamiento y/o el servicio</translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation>Precisión de entrenamiento</translation>
    </message>
    <message>
        <source>Serving precision</source>
        <translation>Precisión de servicio</translation>
    </message>
    <message>
        <source>Post-training (PTQ, no training cost)</source>
        <translation>Postentrenamiento (PTQ, sin costo de entrenamiento)</translation>
    </message>
    <message>
        <source>Quantisation-aware training (QAT)</source>
        <translation>Entrenamiento consciente de la cuantización (QAT)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation>Destilación</translation>
    </message>
    <message>
        <source>Train a smaller student on the teacher&apos;s outputs</source>
        <translation>Entrenar un estudiante más pequeño con las salidas del maestro</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>mil M</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Maestro</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <source>bn tokens</source>
        <translation>mil M de tokens</translation>
    </message>
    <message>
        <source>Quality kept</source>
        <translation>Calidad conservada</translation>
    </message>
    <message>
        <source>Count the teacher&apos;s own training</source>
        <translation>Contabilizar el entrenamiento del propio maestro</translation>
    </message>
    <message>
        <source>Fine-tune instead of pretraining</source>
        <translation>Ajuste fino en lugar de preentrenamiento</translation>
    </message>
    <message>
        <source>Start from a pretrained model: full fine-tuning or LoRA adapters</source>
        <translation>Partir de un modelo preentrenado: ajuste fino completo o adaptadores LoRA</translation>
    </message>
    <message>
        <source>LoRA / adapters</source>
        <translation>LoRA / adaptadores</translation>
    </message>
    <message>
        <source>Fine-tuning tokens</source>
        <translation>Tokens de ajuste fino</translation>
    </message>
    <message>
        <source>Pretraining not attributed</source>
        <translation>Preentrenamiento no atribuido</translation>
    </message>
    <message>
        <source>Amortised over downstream uses</source>
        <translation>Amortizado entre los usos posteriores</translation>
    </message>
    <message>
        <source>Fully attributed</source>
        <translation>Atribuido por completo</translation>
    </message>
    <message>
        <source>Pretrained footprint</source>
        <translation>Huella del preentrenamiento</translation>
    </message>
    <message>
        <source>Pretrained CO2e</source>
        <translation>CO2e del preentrenamiento</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Downstream uses</source>
        <translation>Usos posteriores</translation>
    </message>
    <message>
        <source>Experiment budget</source>
        <translation>Presupuesto de experimentos</translation>
    </message>
    <message>
        <source>Early stopping and extra runs (sweeps, ablations)</source>
        <translation>Parada temprana y ejecuciones adicionales (barridos, ablaciones)</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>of tokens</source>
        <translation>de los tokens</translation>
    </message>
    <message>
        <source>Lever effects</source>
        <translation>Efectos de las medidas</translation>
    </message>
    <message>
        <source>Add pruning</source>
        <translation>Agregar poda</translation>
    </message>
    <message>
        <source>Remove pruning</source>
        <translation>Quitar poda</translation>
    </message>
    <message>
        <source>Add quantisation</source>
        <translation>Agregar cuantización</translation>
    </message>
    <message>
        <source>Remove quantisation</source>
        <translation>Quitar cuantización</translation>
    </message>
    <message>
        <source>Add distillation</source>
        <translation>Agregar destilación</translation>
    </message>
    <message>
        <source>Remove distillation</source>
        <translation>Quitar destilación</translation>
    </message>
    <message>
        <source>Fine-tune instead</source>
        <translation>Usar ajuste fino</translation>
    </message>
    <message>
        <source>Pretrain instead</source>
        <translation>Usar preentrenamiento</translation>
    </message>
    <message>
        <source>Add experiment budget</source>
        <translation>Agregar presupuesto de experimentos</translation>
    </message>
    <message>
        <source>Remove experiment budget</source>
        <translation>Quitar presupuesto de experimentos</translation>
    </message>
    <message>
        <source>Change pruning structure</source>
        <translation>Cambiar estructura de poda</translation>
    </message>
    <message>
        <source>Change training precision</source>
        <translation>Cambiar precisión de entrenamiento</translation>
    </message>
    <message>
        <source>Change serving precision</source>
        <translation>Cambiar precisión de servicio</translation>
    </message>
    <message>
        <source>Change quantisation method</source>
        <translation>Cambiar método de cuantización</translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation>Entrenamiento del maestro</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>Pretrained footprint policy</source>
        <translation>Criterio para la huella del preentrenamiento</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>No lever applied.</source>
        <translation>No se ha aplicado ninguna medida.</translation>
    </message>
    <message>
        <source>Effects:
%1</source>
        <translation>Efectos:
%1</translation>
    </message>
    <message>
        <source>Extra runs (sweeps, ablations); the experiments multiplier in Model &amp; workload covers the rest</source>
        <translation>Ejecuciones adicionales (barridos, ablaciones); el multiplicador de experimentos de Modelo y carga de trabajo cubre el resto</translation>
    </message>
    <message>
        <source>Count the development programme</source>
        <translation>Contar el programa de desarrollo</translation>
    </message>
    <message>
        <source>Ablations, sweeps, failed and intermediate runs as a multiple of the main run. Empty field: the catalog&apos;s median of published programmes (OLMo 0.5×, OPT 1×, BLOOM 1.7×, LLaMA 2.4×, Olmo 3 4.6×).</source>
        <translation>Ablaciones, barridos, ejecuciones fallidas e intermedias como múltiplo de la ejecución principal. Campo vacío: la mediana de los programas publicados, del catálogo (OLMo 0,5×, OPT 1×, BLOOM 1,7×, LLaMA 2,4×, Olmo 3 4,6×).</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>× main run</source>
        <translation>× ejecución principal</translation>
    </message>
    <message>
        <source>Development programme</source>
        <translation>Programa de desarrollo</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::LifecycleChart</name>
    <message>
        <source>Lifecycle: cumulative CO2e, training then inference</source>
        <translation>Ciclo de vida: CO2e acumulado, primero entrenamiento y después inferencia</translation>
    </message>
    <message>
        <source>Months after deployment start</source>
        <translation>Meses desde el inicio del despliegue</translation>
    </message>
    <message>
        <source>Cumulative CO2e (t)</source>
        <translation>CO2e acumulado (t)</translation>
    </message>
    <message>
        <source>break-even after %1 requests%2</source>
        <translation>punto de equilibrio tras %1 solicitudes%2</translation>
    </message>
    <message>
        <source>No scenario has a deployment yet.
Add one in the scenario&apos;s Deployment section to see
training plus inference over time and the break-even points.</source>
        <translation>Ningún escenario tiene todavía un despliegue.
Agregue uno en la sección Despliegue del escenario para ver
el entrenamiento más la inferencia a lo largo del tiempo y los puntos de equilibrio.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MainWindow</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Ejecuciones medidas</translation>
    </message>
    <message>
        <source>Select any number to see how it was computed.</source>
        <translation>Seleccione cualquier número para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New from &amp;Preset…</source>
        <translation>Nuevo desde &amp;preajuste…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Import Measured Run…</source>
        <translation>&amp;Importar ejecución medida…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Copy comparison table (TSV)</source>
        <translation>Copiar tabla comparativa (TSV)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>E&amp;scenario</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Mark as &amp;baseline</source>
        <translation>Marcar como &amp;referencia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>&amp;Catálogo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>&amp;Acerca de Greenlight</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Borrar lista</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
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
        <translation>Acerca de Greenlight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Plan, compare and justify the energy, carbon, water and cost of training machine-learning models.&lt;/p&gt;&lt;p&gt;Data credits:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Planifique, compare y justifique la energía, el carbono, el agua y el costo del entrenamiento de modelos de aprendizaje automático.&lt;/p&gt;&lt;p&gt;Créditos de datos:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Need-and-impact &amp;review</source>
        <translation>&amp;Revisión de necesidad e impacto</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>&amp;Recorrido guiado</translation>
    </message>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Talleres…</translation>
    </message>
    <message>
        <source>Welcome to Greenlight</source>
        <translation>Bienvenido a Greenlight</translation>
    </message>
    <message>
        <source>This short tour shows the main areas of the window. Skip it whenever you like: it stays in Help → Guided Tour.</source>
        <translation>Este breve recorrido muestra las áreas principales de la ventana. Puede omitirlo cuando quiera: seguirá disponible en Ayuda → Recorrido guiado.</translation>
    </message>
    <message>
        <source>Each scenario is one way to train (and serve) a model. Add, duplicate and reorder them here; the baseline is the one the others are compared with.</source>
        <translation>Cada escenario es una forma de entrenar (y servir) un modelo. Agréguelos, duplíquelos y reordénelos aquí; la referencia es aquel con el que se comparan los demás.</translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Editor de escenarios</translation>
    </message>
    <message>
        <source>What you know about the selected scenario: workload, hardware, region, levers, deployment. Everything you leave empty comes from the cited catalog.</source>
        <translation>Lo que sabe del escenario seleccionado: carga de trabajo, hardware, región, medidas, despliegue. Todo lo que deje vacío se toma del catálogo citado.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Charts of energy, CO2e, water and cost for all scenarios, with tabs for the trade-off, lifecycle, sensitivity (tornado) and schedule. Click a bar to see how it was computed.</source>
        <translation>Gráficos de energía, CO2e, agua y costo de todos los escenarios, con pestañas para el compromiso, el ciclo de vida, la sensibilidad (tornado) y la programación. Haga clic en una barra para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>How the selected number was obtained: every formula with its inputs substituted, and the source of each constant.</source>
        <translation>Cómo se obtuvo la cifra seleccionada: cada fórmula con sus datos de entrada sustituidos y la fuente de cada constante.</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Tabla de comparación</translation>
    </message>
    <message>
        <source>Every scenario against the baseline, with P5–P95 ranges. Copy it as TSV for a spreadsheet.</source>
        <translation>Cada escenario frente a la referencia, con rangos P5–P95. Cópiela como TSV para una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menús</translation>
    </message>
    <message>
        <source>Open examples and workshop exercises (Help → Workshops), import measured runs, browse the catalog, and switch to presentation mode (View, F11) for a projector.</source>
        <translation>Abra ejemplos y ejercicios de taller (Ayuda → Talleres), importe ejecuciones medidas, explore el catálogo y cambie al modo de presentación (Ver, F11) para un proyector.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MeasuredRunImport</name>
    <message>
        <source>Import measured run</source>
        <translation>Importar ejecución medida</translation>
    </message>
    <message>
        <source>Measurement logs (*.csv *.log *.txt);;CodeCarbon emissions (*.csv);;Carbontracker logs (*.log *.txt)</source>
        <translation>Registros de medición (*.csv *.log *.txt);;Emisiones de CodeCarbon (*.csv);;Registros de Carbontracker (*.log *.txt)</translation>
    </message>
    <message>
        <source>Cannot import measured run</source>
        <translation>No se puede importar la ejecución medida</translation>
    </message>
    <message>
        <source>“%1” could not be imported; the project is unchanged.</source>
        <translation>No se pudo importar “%1”; el proyecto no ha cambiado.</translation>
    </message>
    <message>
        <source>Measured run imported with warnings</source>
        <translation>Ejecución medida importada con advertencias</translation>
    </message>
    <message>
        <source>Imported %1 from “%2”, with these notes:</source>
        <translation>Se importó %1 de “%2”, con estas observaciones:</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MeasuredRunsPanel</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a CodeCarbon emissions.csv or Carbontracker log</source>
        <translation>Importar un emissions.csv de CodeCarbon o un registro de Carbontracker</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Linked scenario</source>
        <translation>Escenario vinculado</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Ejecuciones medidas</translation>
    </message>
    <message>
        <source>Compare scenario:</source>
        <translation>Comparar escenario:</translation>
    </message>
    <message>
        <source>Calibrate scenario…</source>
        <translation>Calibrar escenario…</translation>
    </message>
    <message>
        <source>Set the power per accelerator, PUE and grid intensity the linked runs imply</source>
        <translation>Establecer la potencia por acelerador, el PUE y la intensidad de la red que implican las ejecuciones vinculadas</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimado</translation>
    </message>
    <message>
        <source>Measured vs estimated</source>
        <translation>Medido frente a estimado</translation>
    </message>
    <message>
        <source>Ratio = measured / estimated. Energy is facility energy (after PUE), CO2e is operational, location-based: what CodeCarbon and Carbontracker report.</source>
        <translation>Relación = medido / estimado. La energía es la de la instalación (tras el PUE); el CO2e es operativo y basado en la ubicación: lo que informan CodeCarbon y Carbontracker.</translation>
    </message>
    <message>
        <source>W/accel. (with PUE)</source>
        <translation>W/acel. (con PUE)</translation>
    </message>
    <message>
        <source>W/accel. (IT)</source>
        <translation>W/acel. (TI)</translation>
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
        <translation>Lo que implica cada ejecución</translation>
    </message>
    <message>
        <source>Energy (kWh, log)</source>
        <translation>Energía (kWh, log)</translation>
    </message>
    <message>
        <source>CO2e (kg, log)</source>
        <translation>CO2e (kg, log)</translation>
    </message>
    <message>
        <source>Linked scenario of %1</source>
        <translation>Escenario vinculado de %1</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(sin vincular)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n ejecución)</numerusform>
            <numerusform>%1 (%n ejecuciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CodeCarbon or Carbontracker file (File → Import measured run…, or drop it on the window), then link it to a scenario.</source>
        <translation>Importe un archivo de CodeCarbon o Carbontracker (Archivo → Importar ejecución medida…, o arrástrelo a la ventana) y, después, vincúlelo a un escenario.</translation>
    </message>
    <message>
        <source>Link a run to a scenario to compare it with the estimate.</source>
        <translation>Vincule una ejecución a un escenario para compararla con la estimación.</translation>
    </message>
    <message>
        <source>Ratio = measured / estimated (facility energy, operational location-based CO2e).</source>
        <translation>Relación = medido / estimado (energía de la instalación, CO2e operativo basado en la ubicación).</translation>
    </message>
    <message>
        <source>%1 accelerator (assumed)</source>
        <translation>%1 acelerador (supuesto)</translation>
    </message>
    <message numerus="yes">
        <source>%n accelerator(s)</source>
        <translation>
            <numerusform>%n acelerador</numerusform>
            <numerusform>%n aceleradores</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source> (unknown)</source>
        <translation> (desconocido)</translation>
    </message>
    <message>
        <source>The tool did not say; 1 assumed</source>
        <translation>La herramienta no lo indicó; se supone 1</translation>
    </message>
    <message>
        <source>Calibrate “%1”</source>
        <translation>Calibrar “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Median over %n measured run(s); applied as one undo step, with the measurements recorded as the source in the scenario notes.</source>
        <translation>
            <numerusform>Mediana de %n ejecución medida; se aplica como un solo paso de deshacer, con las mediciones registradas como fuente en las notas del escenario.</numerusform>
            <numerusform>Mediana de %n ejecuciones medidas; se aplica como un solo paso de deshacer, con las mediciones registradas como fuente en las notas del escenario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source> (catalog)</source>
        <translation> (catálogo)</translation>
    </message>
    <message>
        <source>Facility energy: %1 → %2; CO2e (location-based): %3 → %4.</source>
        <translation>Energía de la instalación: %1 → %2; CO2e (basado en la ubicación): %3 → %4.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MetricBarChart</name>
    <message>
        <source>P5–P95 (Monte Carlo)</source>
        <translation>P5–P95 (Monte Carlo)</translation>
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
        <translation>Valor</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; kept %3</source>
        <translation>%1: «%2» no es un número; se mantiene %3</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number; kept %3</source>
        <translation>%1: %2 no es un número entero; se mantiene %3</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum %3; kept %4</source>
        <translation>%1: %2 está por debajo del mínimo %3; se mantiene %4</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum %3; kept %4</source>
        <translation>%1: %2 está por encima del máximo %3; se mantiene %4</translation>
    </message>
    <message>
        <source>%1: “%2” is not accepted; kept %3</source>
        <translation>%1: «%2» no se acepta; se mantiene %3</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PlotWidget</name>
    <message>
        <source>Unknown format: use .png, .svg or .pdf</source>
        <translation>Formato desconocido: use .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Imagen vectorial SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Display costs in:</source>
        <translation>&amp;Mostrar costos en:</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>New scenarios</source>
        <translation>Escenarios nuevos</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Región predeterminada</translation>
    </message>
    <message>
        <source>The grid region given to new scenarios and to templates from the presets gallery.</source>
        <translation>La región de red que se asigna a los escenarios nuevos y a las plantillas de la galería de preajustes.</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Región predeterminada:</translation>
    </message>
    <message>
        <source>Uncertainty (Monte Carlo)</source>
        <translation>Incertidumbre (Monte Carlo)</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>Muestras de Monte Carlo</translation>
    </message>
    <message>
        <source>Samples drawn per scenario for the P5–P95 ranges. More samples give steadier ranges and take longer.</source>
        <translation>Muestras extraídas por escenario para los rangos P5–P95. Con más muestras, los rangos son más estables, pero el cálculo tarda más.</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>M&amp;uestras:</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>A fixed seed makes every run give the same ranges.</source>
        <translation>Con una semilla fija, cada ejecución da los mismos rangos.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colours of the windows and charts.</source>
        <translation>Colores de las ventanas y los gráficos.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Moneda de visualización</translation>
    </message>
    <message>
        <source>Currency costs are displayed in. The rates are the catalog&apos;s (defaults exchangeRate.&lt;code&gt;); a user catalog can override them.</source>
        <translation>Moneda en la que se muestran los costos. Los tipos de cambio son los del catálogo (defaults exchangeRate.&lt;code&gt;); un catálogo de usuario puede sustituirlos.</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Tipo de cambio:</translation>
    </message>
    <message>
        <source>Prices in the catalog and all cost estimates are in US dollars; the rate only converts what is displayed.</source>
        <translation>Los precios del catálogo y todas las estimaciones de costo están en dólares estadounidenses; el tipo de cambio solo convierte lo que se muestra.</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of menus, labels, numbers and dates.</source>
        <translation>Idioma de menús, etiquetas, números y fechas.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when Greenlight is restarted.</source>
        <translation>El nuevo idioma se aplicará al reiniciar Greenlight.</translation>
    </message>
    <message>
        <source>US dollars: no conversion.</source>
        <translation>Dólares estadounidenses: sin conversión.</translation>
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
        <translation>&amp;Modo de presentación</translation>
    </message>
    <message>
        <source>Full screen with large text and charts, for projectors and workshops (F11)</source>
        <translation>Pantalla completa con texto y gráficos grandes, para proyectores y talleres (F11)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PresetsDialog</name>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <source>Start from a published training run — its authors&apos; own inputs, with the footprint they reported beside Greenlight&apos;s estimate — or from a template.</source>
        <translation>Parta de una ejecución de entrenamiento publicada —con los datos de entrada de sus propios autores y la huella que declararon junto a la estimación de Greenlight— o de una plantilla.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Published CO₂e</source>
        <translation>CO₂e publicado</translation>
    </message>
    <message>
        <source>Greenlight CO₂e</source>
        <translation>CO₂e de Greenlight</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Published runs show the reported footprint, Greenlight&apos;s estimate from the same inputs and their ratio (estimate ÷ published). Double-click to add to the project.</source>
        <translation>Las ejecuciones publicadas muestran la huella declarada, la estimación de Greenlight con los mismos datos de entrada y su relación (estimación ÷ publicado). Haga doble clic para agregarla al proyecto.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>Published footprint and Greenlight&apos;s estimate</source>
        <translation>Huella publicada y estimación de Greenlight</translation>
    </message>
    <message>
        <source>Greenlight&apos;s estimate of the run from the inputs below, beside the published figure. Ratio = estimate ÷ published.</source>
        <translation>Estimación de Greenlight de la ejecución a partir de los datos de entrada siguientes, junto a la cifra publicada. Relación = estimación ÷ publicado.</translation>
    </message>
    <message>
        <source>Inputs of the preset</source>
        <translation>Datos de entrada del preajuste</translation>
    </message>
    <message>
        <source>&amp;Add to Project</source>
        <translation>&amp;Agregar al proyecto</translation>
    </message>
    <message>
        <source>Add the preset&apos;s scenario to the open project (one undo step).</source>
        <translation>Agrega el escenario del preajuste al proyecto abierto (un solo paso de deshacer).</translation>
    </message>
    <message>
        <source>&amp;Open as New Project</source>
        <translation>A&amp;brir como proyecto nuevo</translation>
    </message>
    <message>
        <source>Start a new project holding only this scenario.</source>
        <translation>Inicia un proyecto nuevo que contiene solo este escenario.</translation>
    </message>
    <message>
        <source>Some presets could not be loaded: %1</source>
        <translation>No se pudieron cargar algunos preajustes: %1</translation>
    </message>
    <message>
        <source>Published run</source>
        <translation>Ejecución publicada</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>Published training run</source>
        <translation>Ejecución de entrenamiento publicada</translation>
    </message>
    <message>
        <source>Template — adapt the inputs to your plan</source>
        <translation>Plantilla: adapte los datos de entrada a su plan</translation>
    </message>
    <message>
        <source>Energy, MWh (facility)</source>
        <translation>Energía, MWh (instalación)</translation>
    </message>
    <message>
        <source>Energy, MWh (IT, before PUE)</source>
        <translation>Energía, MWh (TI, antes del PUE)</translation>
    </message>
    <message>
        <source>CO₂e, t (location-based)</source>
        <translation>CO₂e, t (basado en la ubicación)</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Horas de acelerador</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Energy (facility)</source>
        <translation>Energía (instalación)</translation>
    </message>
    <message>
        <source>CO₂e (location-based)</source>
        <translation>CO₂e (basado en la ubicación)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Estimate with the catalog&apos;s defaults for everything the template leaves open.</source>
        <translation>Estimación con los valores predeterminados del catálogo para todo lo que la plantilla deja sin definir.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>%1 billion parameters</source>
        <translation>%1 mil millones de parámetros</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Measured IT energy</source>
        <translation>Energía de TI medida</translation>
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
        <translation>Potencia por acelerador</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Intensidad de la red</translation>
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
        <translation>Medida: %1</translation>
    </message>
    <message>
        <source>%1/t</source>
        <translation>%1/t</translation>
    </message>
    <message>
        <source>The lever applied to the baseline scenario “%1”</source>
        <translation>La medida aplicada al escenario de referencia “%1”</translation>
    </message>
    <message>
        <source>Scenario “%1” instead of the baseline</source>
        <translation>Escenario “%1” en lugar de la referencia</translation>
    </message>
    <message>
        <source>Lifecycle CO2e (training + inference) of the baseline minus this option; energy saved %1</source>
        <translation>CO2e del ciclo de vida (entrenamiento + inferencia) de la referencia menos esta opción; energía ahorrada %1</translation>
    </message>
    <message>
        <source>Cost change per tonne of CO2e saved; negative when the option also saves money</source>
        <translation>Cambio de costo por tonelada de CO2e ahorrada; negativo cuando la opción también ahorra dinero</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>CO2e saved</source>
        <translation>CO2e ahorrado</translation>
    </message>
    <message>
        <source>P5–P95 saved</source>
        <translation>P5–P95 ahorrado</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Cambio de costo</translation>
    </message>
    <message>
        <source>Cost per t saved</source>
        <translation>Costo por t ahorrada</translation>
    </message>
    <message>
        <source>Quality cost: %1</source>
        <translation>Coste en calidad: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::RegionPicker</name>
    <message>
        <source>(none: give the intensity)</source>
        <translation>(ninguna: indique la intensidad)</translation>
    </message>
    <message>
        <source>Search countries, grids, cloud regions…</source>
        <translation>Buscar países, redes, regiones de nube…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ReviewPanel</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativas</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Why train this model? What problem does it solve?</source>
        <translation>¿Por qué entrenar este modelo? ¿Qué problema resuelve?</translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation>Editar propósito</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Beneficio esperado</translation>
    </message>
    <message>
        <source>What do we expect to gain, and for whom?</source>
        <translation>¿Qué esperamos ganar y para quién?</translation>
    </message>
    <message>
        <source>Edit expected benefit</source>
        <translation>Editar beneficio esperado</translation>
    </message>
    <message>
        <source>How the benefit is measured</source>
        <translation>Cómo se mide el beneficio</translation>
    </message>
    <message>
        <source>Benchmark, metric and target that will show the gain</source>
        <translation>Banco de pruebas, métrica y objetivo que mostrarán la mejora</translation>
    </message>
    <message>
        <source>Edit how the benefit is measured</source>
        <translation>Editar cómo se mide el beneficio</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>What could go wrong: overruns, reruns, misuse…</source>
        <translation>Qué podría salir mal: sobrecostos, repeticiones, uso indebido…</translation>
    </message>
    <message>
        <source>Edit risks</source>
        <translation>Editar riesgos</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Propósito</translation>
    </message>
    <message>
        <source>Expected &amp;benefit</source>
        <translation>&amp;Beneficio esperado</translation>
    </message>
    <message>
        <source>How the benefit is &amp;measured</source>
        <translation>Cómo se &amp;mide el beneficio</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Riesgos</translation>
    </message>
    <message>
        <source>The alternatives the team considered, each modelled by a scenario. Their savings appear under Recommendations.</source>
        <translation>Las alternativas que consideró el equipo, cada una modelada con un escenario. Sus ahorros aparecen en Recomendaciones.</translation>
    </message>
    <message>
        <source>Alternatives considered</source>
        <translation>Alternativas consideradas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Add alternative</source>
        <translation>&amp;Agregar alternativa</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>Agregar alternativa</translation>
    </message>
    <message>
        <source>Remove alternative</source>
        <translation>Quitar alternativa</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Responder pregunta de la lista de comprobación</translation>
    </message>
    <message>
        <source>Edit checklist note</source>
        <translation>Editar nota de la lista de comprobación</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Double-click a name to edit it.</source>
        <translation>Haga doble clic en un nombre para editarlo.</translation>
    </message>
    <message>
        <source>Name, role</source>
        <translation>Nombre, función</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation>Nuevo revisor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Re&amp;viewers</source>
        <translation>Re&amp;visores</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>Agregar revisor</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>Quitar revisor</translation>
    </message>
    <message>
        <source>Edit reviewer</source>
        <translation>Editar revisor</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Change review date</source>
        <translation>Cambiar fecha de revisión</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Aprobar con condiciones</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation>&amp;Decisión</translation>
    </message>
    <message>
        <source>Change decision</source>
        <translation>Cambiar decisión</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Conditions of the approval: caps, schedule, checkpoints…</source>
        <translation>Condiciones de la aprobación: límites, calendario, puntos de control…</translation>
    </message>
    <message>
        <source>Edit conditions</source>
        <translation>Editar condiciones</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>&amp;Condiciones</translation>
    </message>
    <message>
        <source>Recommendations ranked by CO2e saved</source>
        <translation>Recomendaciones ordenadas por CO2e ahorrado</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (falta)</translation>
    </message>
    <message>
        <source>Kind of alternative %1</source>
        <translation>Tipo de la alternativa %1</translation>
    </message>
    <message>
        <source>Scenario of alternative %1</source>
        <translation>Escenario de la alternativa %1</translation>
    </message>
    <message>
        <source>Note on alternative %1</source>
        <translation>Nota sobre la alternativa %1</translation>
    </message>
    <message>
        <source>Why it was or was not chosen</source>
        <translation>Por qué se eligió o no</translation>
    </message>
    <message>
        <source>Change kind of alternative</source>
        <translation>Cambiar tipo de alternativa</translation>
    </message>
    <message>
        <source>Link alternative to scenario</source>
        <translation>Vincular alternativa a escenario</translation>
    </message>
    <message>
        <source>Edit alternative note</source>
        <translation>Editar nota de la alternativa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;small&gt;No figures yet.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Aún no hay cifras.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Add scenarios to get recommendations.</source>
        <translation>Agregue escenarios para obtener recomendaciones.</translation>
    </message>
    <message>
        <source>Levers applied to the baseline “%1” and the other scenarios, ranked by lifecycle CO2e saved; costs in %2.</source>
        <translation>Medidas aplicadas a la referencia “%1” y los demás escenarios, ordenadas por CO2e del ciclo de vida ahorrado; costos en %2.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioEditor</name>
    <message>
        <source>Name: a scenario needs a name; kept “%1”</source>
        <translation>Nombre: un escenario necesita un nombre; se mantiene «%1»</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Nombre del escenario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First principles (6·N·D FLOPs)</source>
        <translation>Primeros principios (6·N·D FLOPs)</translation>
    </message>
    <message>
        <source>Devices × duration</source>
        <translation>Dispositivos × duración</translation>
    </message>
    <message>
        <source>Accelerator-hours (published)</source>
        <translation>Horas de acelerador (publicadas)</translation>
    </message>
    <message>
        <source>Measured IT energy</source>
        <translation>Energía de TI medida</translation>
    </message>
    <message>
        <source>How the amount of compute is given</source>
        <translation>Cómo se indica la cantidad de cómputo</translation>
    </message>
    <message>
        <source>Workload given as</source>
        <translation>Carga de trabajo indicada como</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Activated parameters (for MoE: per token)</source>
        <translation>Parámetros activados (en MoE: por token)</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>mil M</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Tokens de entrenamiento</translation>
    </message>
    <message>
        <source>Tokens seen in training</source>
        <translation>Tokens vistos durante el entrenamiento</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: achieved / peak throughput</source>
        <translation>Utilización de FLOPs del modelo: rendimiento alcanzado / máximo</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>Numeric precision of training: sets the accelerator&apos;s peak throughput</source>
        <translation>Precisión numérica del entrenamiento: determina el rendimiento máximo del acelerador</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Wall-clock duration of the run</source>
        <translation>Duración real de la ejecución</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Accelerator-hours</source>
        <translation>Horas de acelerador</translation>
    </message>
    <message>
        <source>Total accelerator-hours</source>
        <translation>Total de horas de acelerador</translation>
    </message>
    <message>
        <source>Energy measured at the IT equipment, before PUE</source>
        <translation>Energía medida en el equipo de TI, antes del PUE</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Experiments multiplier</source>
        <translation>Multiplicador de experimentos</translation>
    </message>
    <message>
        <source>Hyper-parameter search, ablations and failed runs, as a multiple of the main run</source>
        <translation>Búsqueda de hiperparámetros, ablaciones y ejecuciones fallidas, como múltiplo de la ejecución principal</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Model &amp;&amp; workload</source>
        <translation>Modelo y carga de trabajo</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Acelerador</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Number of accelerators</source>
        <translation>Número de aceleradores</translation>
    </message>
    <message>
        <source>dev.</source>
        <translation>disp.</translation>
    </message>
    <message>
        <source>Measured power</source>
        <translation>Potencia medida</translation>
    </message>
    <message>
        <source>All-in average power per accelerator (measured): nothing is added to it</source>
        <translation>Potencia media total por acelerador (medida): no se le suma nada</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Factor de carga</translation>
    </message>
    <message>
        <source>Average power as a fraction of TDP</source>
        <translation>Potencia media como fracción del TDP</translation>
    </message>
    <message>
        <source>× TDP</source>
        <translation>× TDP</translation>
    </message>
    <message>
        <source>Host overhead</source>
        <translation>Sobrecarga del host</translation>
    </message>
    <message>
        <source>CPU, memory and network power as a fraction of accelerator power</source>
        <translation>Potencia de CPU, memoria y red como fracción de la potencia del acelerador</translation>
    </message>
    <message>
        <source>Idle share</source>
        <translation>Proporción en inactividad</translation>
    </message>
    <message>
        <source>Idle energy of reserved nodes, as a fraction of dynamic energy</source>
        <translation>Energía en inactividad de los nodos reservados, como fracción de la energía dinámica</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Grid intensity</source>
        <translation>Intensidad de la red</translation>
    </message>
    <message>
        <source>Overrides the region&apos;s annual grid carbon intensity</source>
        <translation>Sustituye la intensidad de carbono anual de la red de la región</translation>
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
        <translation>Efectividad del uso de la energía de la instalación (1 = sin sobrecarga)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>relación</translation>
    </message>
    <message>
        <source>Renewable share</source>
        <translation>Proporción renovable</translation>
    </message>
    <message>
        <source>Share of the energy covered by contractual instruments (market-based accounting)</source>
        <translation>Proporción de la energía cubierta por instrumentos contractuales (contabilidad basada en el mercado)</translation>
    </message>
    <message>
        <source>Residual mix</source>
        <translation>Mezcla residual</translation>
    </message>
    <message>
        <source>Intensity of the non-renewable share in market-based accounting</source>
        <translation>Intensidad de la parte no renovable en la contabilidad basada en el mercado</translation>
    </message>
    <message>
        <source>WUE (on-site)</source>
        <translation>WUE (en el sitio)</translation>
    </message>
    <message>
        <source>On-site water usage effectiveness</source>
        <translation>Efectividad del uso del agua en el sitio</translation>
    </message>
    <message>
        <source>L/kWh</source>
        <translation>L/kWh</translation>
    </message>
    <message>
        <source>Water of electricity</source>
        <translation>Agua de la electricidad</translation>
    </message>
    <message>
        <source>Off-site water intensity of the electricity (EWIF)</source>
        <translation>Intensidad hídrica de la electricidad fuera del sitio (EWIF)</translation>
    </message>
    <message>
        <source>Embodied per device</source>
        <translation>Emisiones incorporadas por dispositivo</translation>
    </message>
    <message>
        <source>Manufacturing CO2e per accelerator, chip and server share</source>
        <translation>CO2e de fabricación por acelerador: chip y parte proporcional del servidor</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>Service life</source>
        <translation>Vida útil</translation>
    </message>
    <message>
        <source>Years over which embodied carbon is amortised</source>
        <translation>Años durante los que se amortiza el carbono incorporado</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Hardware &amp;&amp; site</source>
        <translation>Hardware y sitio</translation>
    </message>
    <message>
        <source>Automatic (rental when a price is known)</source>
        <translation>Automático (alquiler si se conoce un precio)</translation>
    </message>
    <message>
        <source>Rental (per accelerator-hour)</source>
        <translation>Alquiler (por hora de acelerador)</translation>
    </message>
    <message>
        <source>Owned (energy + amortised capital)</source>
        <translation>Propio (energía + capital amortizado)</translation>
    </message>
    <message>
        <source>Cost model</source>
        <translation>Modelo de costo</translation>
    </message>
    <message>
        <source>Rental price</source>
        <translation>Precio de alquiler</translation>
    </message>
    <message>
        <source>Price per accelerator-hour</source>
        <translation>Precio por hora de acelerador</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>Precio de la electricidad</translation>
    </message>
    <message>
        <source>Price of facility energy</source>
        <translation>Precio de la energía de la instalación</translation>
    </message>
    <message>
        <source>USD/kWh</source>
        <translation>USD/kWh</translation>
    </message>
    <message>
        <source>Capital cost</source>
        <translation>Costo de capital</translation>
    </message>
    <message>
        <source>Purchase cost per accelerator (owned)</source>
        <translation>Costo de compra por acelerador (propio)</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Carbon price</source>
        <translation>Precio del carbono</translation>
    </message>
    <message>
        <source>Internal carbon price, or a social cost of carbon</source>
        <translation>Precio interno del carbono o costo social del carbono</translation>
    </message>
    <message>
        <source>USD/t</source>
        <translation>USD/t</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <source>Scenario notes</source>
        <translation>Notas del escenario</translation>
    </message>
    <message>
        <source>Assumptions, sources, what this scenario stands for…</source>
        <translation>Supuestos, fuentes, qué representa este escenario…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Another scenario is already named &quot;%1&quot;.</source>
        <translation>Ya hay otro escenario llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Cambiar nombre del escenario</translation>
    </message>
    <message>
        <source>Change workload mode</source>
        <translation>Cambiar modo de carga de trabajo</translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation>Cambiar precisión</translation>
    </message>
    <message>
        <source>Change accelerator</source>
        <translation>Cambiar acelerador</translation>
    </message>
    <message>
        <source>Change region</source>
        <translation>Cambiar región</translation>
    </message>
    <message>
        <source>Change cost model</source>
        <translation>Cambiar modelo de costo</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Accelerator default (%1)</source>
        <translation>Predeterminada del acelerador (%1)</translation>
    </message>
    <message>
        <source>Accelerator default</source>
        <translation>Predeterminada del acelerador</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Cannot estimate: %1</source>
        <translation>No se puede estimar: %1</translation>
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
        <translation>%1 horas de acelerador</translation>
    </message>
    <message>
        <source>Published: %1 — %2</source>
        <translation>Publicado: %1 — %2</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Moneda de visualización</translation>
    </message>
    <message>
        <source>&lt;small&gt;Prices are entered in US dollars, the catalog&apos;s unit; costs are shown in %1 (1 USD = %2 %1, %3).&lt;/small&gt;</source>
        <translation>&lt;small&gt;Los precios se introducen en dólares estadounidenses, la unidad del catálogo; los costos se muestran en %1 (1 USD = %2 %1, %3).&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Total parameters (MoE)</source>
        <translation>Parámetros totales (MoE)</translation>
    </message>
    <message>
        <source>Mixture of experts: every expert, held in memory when the model is served; empty for a dense model</source>
        <translation>Mezcla de expertos: todos los expertos, que se mantienen en memoria al servir el modelo; vacío para un modelo denso</translation>
    </message>
    <message>
        <source>Host power</source>
        <translation>Potencia del host</translation>
    </message>
    <message>
        <source>CPU, memory, network and fan power of the server, per accelerator (the catalog divides the server&apos;s host power by its accelerators)</source>
        <translation>Potencia de CPU, memoria, red y ventiladores del servidor, por acelerador (el catálogo divide la potencia del host del servidor entre sus aceleradores)</translation>
    </message>
    <message>
        <source>Offsets retired</source>
        <translation>Compensaciones retiradas</translation>
    </message>
    <message>
        <source>Carbon offsets bought for this work, e.g. with a &quot;carbon-neutral&quot; offer. Shown beside the emissions, never subtracted from them; renewable certificates go in the renewable share instead.</source>
        <translation>Compensaciones de carbono compradas para este trabajo, p. ej. con una oferta «neutra en carbono». Se muestran junto a las emisiones, nunca se restan; los certificados renovables van en la cuota renovable.</translation>
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
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>Cannot be estimated: %1</source>
        <translation>No se puede estimar: %1</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Cambiar nombre del escenario</translation>
    </message>
    <message>
        <source>Include in comparison</source>
        <translation>Incluir en la comparación</translation>
    </message>
    <message>
        <source>Exclude from comparison</source>
        <translation>Excluir de la comparación</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScenarioListPanel</name>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Agregar un escenario</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected scenario</source>
        <translation>Duplicar el escenario seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Eliminar el escenario seleccionado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover hacia arriba</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover hacia abajo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Choose the scenario&apos;s colour</source>
        <translation>Elegir el color del escenario</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Mark as the baseline for comparisons</source>
        <translation>Marcar como referencia para las comparaciones</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Scenario colour</source>
        <translation>Color del escenario</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Cambiar color</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ScheduleChart</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Grid intensity (g CO2e/kWh)</source>
        <translation>Intensidad de la red (g CO2e/kWh)</translation>
    </message>
    <message>
        <source>Schedule: the selected scenario&apos;s region has no hourly profile.
Hourly profiles ship for eight US balancing areas (e.g. US-CISO, US-ERCO, US-PJM);
the CLI&apos;s schedule command imports others.</source>
        <translation>Programación: la región del escenario seleccionado no tiene perfil horario.
Se incluyen perfiles horarios para ocho áreas de balance de EE. UU. (p. ej., US-CISO, US-ERCO, US-PJM);
el comando schedule de la CLI importa otros.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Programación: %1</translation>
    </message>
    <message>
        <source>Schedule: %1
best start of a %2 run: %3 UTC (%4, vs %5 starting at the window&apos;s start)</source>
        <translation>Programación: %1
mejor inicio de una ejecución de %2: %3 UTC (%4, frente a %5 si empieza al inicio de la ventana)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ServingChart</name>
    <message>
        <source>Serving: energy and latency against the batch size</source>
        <translation>Servicio: energía y latencia según el tamaño de lote</translation>
    </message>
    <message>
        <source>Requests decoded together (batch)</source>
        <translation>Solicitudes decodificadas juntas (lote)</translation>
    </message>
    <message>
        <source>Energy per request (Wh), per output token (J)</source>
        <translation>Energía por solicitud (Wh), por token de salida (J)</translation>
    </message>
    <message>
        <source>Latency per output token (ms)</source>
        <translation>Latencia por token de salida (ms)</translation>
    </message>
    <message>
        <source>Energy per request by boundary (Wh)</source>
        <translation>Energía por solicitud según el límite (Wh)</translation>
    </message>
    <message>
        <source>Wh per request</source>
        <translation>Wh por solicitud</translation>
    </message>
    <message>
        <source>The selected scenario has no deployment.
Add one in its Deployment section to see how batching moves energy and latency.</source>
        <translation>El escenario seleccionado no tiene despliegue.
Añada uno en su sección Despliegue para ver cómo el batching cambia la energía y la latencia.</translation>
    </message>
    <message>
        <source>This deployment uses a measured energy per request:
the serving model has nothing to sweep.</source>
        <translation>Este despliegue usa una energía medida por solicitud:
el modelo de servicio no tiene nada que barrer.</translation>
    </message>
    <message>
        <source>IT energy per request (Wh)</source>
        <translation>Energía de TI por solicitud (Wh)</translation>
    </message>
    <message>
        <source>accelerator energy per output token (J)</source>
        <translation>energía de los aceleradores por token de salida (J)</translation>
    </message>
    <message>
        <source>latency per output token (ms)</source>
        <translation>latencia por token de salida (ms)</translation>
    </message>
    <message>
        <source>this deployment (batch %1)</source>
        <translation>este despliegue (lote de %1)</translation>
    </message>
    <message>
        <source>accelerators (busy)</source>
        <translation>aceleradores (ocupados)</translation>
    </message>
    <message>
        <source>host (CPU, memory)</source>
        <translation>host (CPU, memoria)</translation>
    </message>
    <message>
        <source>idle capacity</source>
        <translation>capacidad ociosa</translation>
    </message>
    <message>
        <source>facility overhead (PUE)</source>
        <translation>sobrecoste de la instalación (PUE)</translation>
    </message>
    <message>
        <source>%1
accelerators %2 Wh, host %3 Wh, idle capacity %4 Wh, facility overhead %5 Wh; embodied %6 g CO2e per request</source>
        <translation>%1
aceleradores %2 Wh, host %3 Wh, capacidad ociosa %4 Wh, sobrecoste de la instalación %5 Wh; incorporado %6 g CO2e por solicitud</translation>
    </message>
    <message>
        <source>No scenario has a deployment yet.</source>
        <translation>Ningún escenario tiene aún un despliegue.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::TornadoChart</name>
    <message>
        <source>Input at the low end of its range</source>
        <translation>Dato de entrada en el extremo inferior de su rango</translation>
    </message>
    <message>
        <source>Input at the high end of its range</source>
        <translation>Dato de entrada en el extremo superior de su rango</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %4 → %5&lt;br&gt;%3 %4 → %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %4 → %5&lt;br&gt;%3 %4 → %6</translation>
    </message>
    <message>
        <source>Sensitivity of total CO2e</source>
        <translation>Sensibilidad del CO2e total</translation>
    </message>
    <message>
        <source>Sensitivity of total CO2e — %1 (central %2)</source>
        <translation>Sensibilidad del CO2e total — %1 (central %2)</translation>
    </message>
    <message>
        <source>Change in total CO2e from the central estimate (t)</source>
        <translation>Variación del CO2e total respecto a la estimación central (t)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::TradeoffChart</name>
    <message>
        <source>Trade-off: CO2e against cost</source>
        <translation>Compromiso: CO2e frente a costo</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Costo (USD)</translation>
    </message>
    <message>
        <source>CO2e, total (t)</source>
        <translation>CO2e, total (t)</translation>
    </message>
    <message>
        <source>Pareto front (no scenario is both cleaner and cheaper)</source>
        <translation>Frente de Pareto (ningún escenario es a la vez más limpio y más barato)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>P5–P95 (Monte Carlo)</source>
        <translation>P5–P95 (Monte Carlo)</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Costo (%1)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::UncertaintyEditor</name>
    <message>
        <source>Input</source>
        <translation>Dato de entrada</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Catalog range</source>
        <translation>Rango del catálogo</translation>
    </message>
    <message>
        <source>Your range</source>
        <translation>Su rango</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Input ranges</source>
        <translation>Rangos de los datos de entrada</translation>
    </message>
    <message>
        <source>Inputs set in the scenario are fixed unless you give them a range. Lognormal: low and high are P5 and P95, mode the median.</source>
        <translation>Los datos de entrada definidos en el escenario son fijos, a menos que les asigne un rango. Lognormal: bajo y alto son P5 y P95; la moda, la mediana.</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Rango de %1</translation>
    </message>
    <message>
        <source>Total CO2e (training): P5 %1, P50 %2, P95 %3 — %4 samples, seed %5, %6 varied inputs</source>
        <translation>CO2e total (entrenamiento): P5 %1, P50 %2, P95 %3 — %4 muestras, semilla %5, %6 datos de entrada variados</translation>
    </message>
    <message>
        <source>This scenario cannot be estimated yet.</source>
        <translation>Este escenario aún no se puede estimar.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>catalog / as set</source>
        <translation>catálogo / según lo definido</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::WorkshopsDialog</name>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Exercise text</source>
        <translation>Texto del ejercicio</translation>
    </message>
    <message>
        <source>&amp;Open Exercise</source>
        <translation>&amp;Abrir ejercicio</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the energy, carbon, water and cost of ML training runs.</source>
        <translation>Planifica la energía, el carbono, el agua y el costo de las ejecuciones de entrenamiento de ML.</translation>
    </message>
    <message>
        <source>Project file to open (default: the example).</source>
        <translation>Archivo de proyecto que se abrirá (predeterminado: el ejemplo).</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (tests, screenshots).</source>
        <translation>Salir tras &lt;ms&gt; milisegundos (pruebas, capturas de pantalla).</translation>
    </message>
    <message>
        <source>Print the time to the first painted window and the memory used.</source>
        <translation>Mostrar el tiempo hasta la primera ventana dibujada y la memoria utilizada.</translation>
    </message>
    <message>
        <source>Language of the interface: en, de, fr or es (default: Preferences, else the system locale).</source>
        <translation>Idioma de la interfaz: en, de, fr o es (predeterminado: Preferencias o, si no, la configuración regional del sistema).</translation>
    </message>
</context>
</TS>
