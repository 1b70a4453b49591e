import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { Commune } from "../../domain/referential/commune.ts";
import type { DiplomaLevel, IdccOpco, NafEntry, Opco } from "../../domain/referential/nomenclatures.ts";
import type { RomeFiche } from "../../domain/referential/rome-fiche.ts";
import type { InseeCode } from "../../domain/shared/insee-code.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";
import type { ReferentialData } from "./referential-data.ts";

const defaultDirectory = fileURLToPath(new URL("../../../data/referential/", import.meta.url));

type Manifest = { datasets: Record<string, { file: string; version: string }> };
type RomeFile = Omit<RomeFiche, "code" | "parentCode"> & { code: string; parentCode: string };
type CommuneFile = Omit<Commune, "insee" | "department"> & {
  insee: string;
  departmentCode: string;
  departmentName: string;
};

/** Reads the shipped, pre-trimmed reference data (built by scripts/build-referential-data.ts, see docs/DATA.md). */
export async function loadReferentialFiles(directory = defaultDirectory): Promise<ReferentialData> {
  const manifest = JSON.parse(await readFile(`${directory}manifest.json`, "utf8")) as Manifest;
  const read = async <T>(name: string): Promise<{ version: string; content: T }> => {
    const entry = manifest.datasets[name];
    if (!entry) throw new Error(`data/referential/manifest.json: jeu de données « ${name} » absent`);
    const bytes = await readFile(`${directory}${entry.file}`);
    const text = entry.file.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
    return { version: entry.version, content: JSON.parse(text) as T };
  };
  const [rome, communes, naf, opco, diplomaLevels] = await Promise.all([
    read<RomeFile[]>("rome"),
    read<CommuneFile[]>("communes"),
    read<NafEntry[]>("naf"),
    read<{ opcos: Opco[]; idcc: IdccOpco[] }>("opco"),
    read<DiplomaLevel[]>("diplomaLevels"),
  ]);
  return {
    rome: { version: rome.version, items: rome.content.map(toFiche) },
    communes: { version: communes.version, items: communes.content.map(toCommune) },
    naf: { version: naf.version, items: naf.content },
    opco: { version: opco.version, items: opco.content.opcos, idcc: opco.content.idcc },
    diplomaLevels: { version: diplomaLevels.version, items: diplomaLevels.content },
  };
}

function toFiche(row: RomeFile): RomeFiche {
  return { ...row, code: row.code as RomeCode, parentCode: row.parentCode as RomeCode };
}

function toCommune(row: CommuneFile): Commune {
  return {
    insee: row.insee as InseeCode,
    name: row.name,
    kind: row.kind,
    postcodes: row.postcodes,
    department: { code: row.departmentCode, name: row.departmentName },
    population: row.population,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}
