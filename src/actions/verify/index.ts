import { startAction } from '../shared/start.js'

await startAction('seal verify', () => import('./main.js'))
