using System.Globalization;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>Waits for something that happens asynchronously (a message consumed, a projection updated).</summary>
public static class Eventually
{
    /// <summary>
    /// How many times longer than a test's own timeout to wait (FULFILLMENT_TEST_PATIENCE, default 3): a timeout says
    /// when to give up, never how fast the system must be, and a busy CI machine can be many times slower than a
    /// developer's. A passing wait returns as soon as the condition holds, so patience costs only failing runs.
    /// </summary>
    public static double Patience { get; } =
        double.TryParse(Environment.GetEnvironmentVariable("FULFILLMENT_TEST_PATIENCE"), CultureInfo.InvariantCulture, out var patience)
        && patience >= 1
            ? patience
            : 3;

    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what) where T : class
    {
        var patientTimeout = timeout * Patience;
        var deadline = DateTime.UtcNow + patientTimeout;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {patientTimeout} for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
