// Writes dist/questionnaire.fhir.json: the FHIR R4 Questionnaire that every QuestionnaireResponse from the
// widget refers to, in English, for clinics to import into their systems. Run after rollup (npm run build).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { en } from '../src/locales/en.js';
import { buildQuestionnaire } from '../src/model/fhir.js';

const outFile = fileURLToPath(new URL('../dist/questionnaire.fhir.json', import.meta.url));

await mkdir(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true });
await writeFile(outFile, JSON.stringify(buildQuestionnaire(en), null, 2) + '\n', 'utf8');
console.log(`wrote ${outFile}`);
