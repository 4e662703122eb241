/**
 * A promise of the browser's next task: a message posted to ourselves, which
 * browsers do not clamp like a nested `setTimeout` (4 ms after five levels)
 * and which lets the browser handle input and draw a frame first when one is
 * due. Used to spread work that would make one long task: request starts
 * (`sources/net/pace.ts`) and card updates (`element/render-turns.ts`).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
