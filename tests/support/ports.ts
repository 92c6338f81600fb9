import { execFileSync } from 'node:child_process';
import net from 'node:net';

const PRINT_FREE_PORT = `
const server = require('node:net').createServer();
server.listen(0, '127.0.0.1', () => { process.stdout.write(String(server.address().port)); server.close(); });
`;

/**
 * A port nothing on this machine listens on, asked of the operating system. Synchronous (a child
 * process) because Playwright reads its configuration synchronously.
 */
export function findFreePortSync(): number {
  const port = Number(execFileSync(process.execPath, ['-e', PRINT_FREE_PORT], { encoding: 'utf8' }));
  if (!Number.isInteger(port) || port <= 0) throw new Error(`could not find a free port (got "${port}")`);
  return port;
}

/** Whether something already accepts connections on this port of 127.0.0.1. */
export function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
