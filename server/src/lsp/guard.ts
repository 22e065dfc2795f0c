// Handlers never take the server down: an exception is logged and the client
// gets an empty answer.
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';

/** A guarded notification handler: nothing to answer, so the promise is not awaited. */
export function guardedNotification<P>(connection: Connection, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  const run = guarded(connection, name, undefined, handler);
  return (params) => void run(params);
}

export function guarded<P, R>(
  connection: Connection,
  name: string,
  fallback: R,
  handler: (params: P) => R | Promise<R>,
): (params: P, token?: CancellationToken) => Promise<R> {
  return async (params: P, token?: CancellationToken) => {
    // A request the client cancelled while it waited in the queue is not computed.
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
    try {
      return await handler(params);
    } catch (e) {
      // An answer for the user (a rename onto an unknown id), not a failure.
      if (e instanceof ResponseError) throw e;
      connection.console.error(`${name} failed: ${(e as Error)?.stack ?? String(e)}`);
      return fallback;
    }
  };
}
