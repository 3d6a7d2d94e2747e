import { startAction } from '../shared/start.js'

await startAction('seal sign', () => import('./main.js'))
