namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>Waits for something that happens asynchronously (a message consumed, a projection updated).</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what) where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout} for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
