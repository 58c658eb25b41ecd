/** The message of the error `read` throws (fails the test when it does not throw). */
export function errorMessage(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the settings to be refused');
}
