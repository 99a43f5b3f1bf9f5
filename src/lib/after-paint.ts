/**
 * Runs `task` once the browser has painted the next frame, and returns a function that cancels it.
 * Work that reads layout (a claim's position, moving focus) waits here, so the frame that answers
 * a click is not held back by a forced synchronous layout; by then layout is clean and cheap to read.
 */
export function afterNextPaint(task: () => void): () => void {
  let cancelled = false
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    if (!cancelled) task()
  }
  // A rAF callback runs just before the frame's paint; a message posted there is handled after it.
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null))
  return () => {
    cancelled = true
    cancelAnimationFrame(frame)
    channel.port1.close()
  }
}
