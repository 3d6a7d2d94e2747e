import { runVerifyBundle } from './verify-bundle.js'

/** Entry point of the `seal` command line. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'verify-bundle':
      return runVerifyBundle(rest)
    default:
      process.stderr.write(`seal: unknown command ${JSON.stringify(command ?? '')}\n`)
      return 2
  }
}

process.exitCode = await main(process.argv.slice(2))
