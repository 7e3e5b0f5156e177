/**
 * `npm run train:crisis`: regenerate the train/dev splits from the templates, train the crisis classifier
 * and write src/modules/safety/crisis/model.json. Deterministic: same templates → same files.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { buildModel, serialise } from '../src/modules/safety/crisis/build.js'
import { MODEL_URL } from '../src/modules/safety/crisis/model.js'

execFileSync('npx', ['tsx', 'scripts/crisis-data/generate.ts'], { stdio: 'inherit' })
const t0 = performance.now()
const { model, devReport } = buildModel(process.cwd())
writeFileSync(MODEL_URL, serialise(model))
console.log(devReport)
console.log(
  `model: ${model.vocab.length} features, threshold ru ${model.threshold.ru} / en ${model.threshold.en}, trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
)
