// A proxy on 127.0.0.1 that holds each request for a while before passing it to a local server:
// a slow network's round trip, or a host that does not answer in time, on one machine.
import { createServer, request } from 'node:http'

/**
 * Starts the proxy on `port` in front of 127.0.0.1:`target`; `delayFor(path)` says how many ms to
 * hold a request for that path. Resolves with its URL and a `stop()`.
 */
export function startDelayingProxy({ target, port, delayFor }) {
  const server = createServer((req, res) => {
    setTimeout(
      () => {
        const upstream = request(
          { host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            answer.pipe(res)
          },
        )
        upstream.on('error', () => res.destroy())
        req.pipe(upstream)
      },
      delayFor(req.url ?? '/'),
    )
  })
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () =>
      done({
        url: `http://127.0.0.1:${port}/`,
        stop: () =>
          new Promise((closed) => {
            server.closeAllConnections()
            server.close(() => closed())
          }),
      }),
    ),
  )
}
