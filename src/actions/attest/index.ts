import { startAction } from '../shared/start.js'

await startAction('seal attest', () => import('./main.js'))
