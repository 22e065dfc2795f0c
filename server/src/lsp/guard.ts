// Handlers never take the server down: an exception is logged and the client
// gets an empty answer.
import type { Connection } from 'vscode-languageserver/node';

export function guarded<P, R>(connection: Connection, name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (e) {
      connection.console.error(`${name} failed: ${(e as Error)?.stack ?? e}`);
      return fallback;
    }
  };
}
