import { startAction } from '../shared/start.js'

await startAction('seal setup', () => import('./main.js'))
