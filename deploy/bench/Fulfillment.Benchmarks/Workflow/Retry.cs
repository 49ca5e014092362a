using System.Net.Sockets;
using Npgsql;

namespace Fulfillment.Benchmarks.Workflow;

/// <summary>A service answered with an HTTP error status; 5xx, 409 and 429 are worth asking again.</summary>
public sealed class ServiceAnswerException(int statusCode, string message) : InvalidOperationException(message)
{
    public int StatusCode { get; } = statusCode;

    public bool WorthRetrying => StatusCode is >= 500 or 409 or 429;
}

/// <summary>
/// The driver's patience with the system it drives: a request to a service that is down (killed, restarting, its
/// database or broker away) is asked again with a growing pause until it succeeds or the limit passes, so that a
/// fault the fault suite injects measures the system, not the driver. Only the requests the driver may repeat come
/// here: reads, PUTs of absolute values, ship requests with their Idempotency-Key, Amazon's side (the simulator).
/// </summary>
public static class Retry
{
    private static long _repeated;

    /// <summary>How often any request or read of the driver was sent again since the process started.</summary>
    public static long Repeated => Interlocked.Read(ref _repeated);

    public static TimeSpan Limit { get; set; } = TimeSpan.FromMinutes(5);

    public static async Task<T> UntilDoneAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var giveUpAt = DateTimeOffset.UtcNow + Limit;
        var pause = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                return await action(cancellationToken);
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken) && DateTimeOffset.UtcNow < giveUpAt)
            {
                Interlocked.Increment(ref _repeated);
                await Task.Delay(pause, cancellationToken);
                pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 3000));
            }
        }
    }

    public static Task UntilDoneAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken) =>
        UntilDoneAsync(async token =>
        {
            await action(token);
            return true;
        }, cancellationToken);

    /// <summary>
    /// What a service, PostgreSQL or the broker being down or restarting looks like: no connection, a connection cut,
    /// a timeout, an error answer worth repeating, PostgreSQL shutting down or starting up.
    /// </summary>
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        _ when cancellationToken.IsCancellationRequested => false,
        ServiceAnswerException answer => answer.WorthRetrying,
        HttpRequestException or IOException or SocketException or TimeoutException => true,
        // HttpClient's own timeout, not the caller's cancellation.
        TaskCanceledException => true,
        PostgresException postgres => postgres.IsTransient || postgres.SqlState.StartsWith("57", StringComparison.Ordinal)
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException => true,
        _ => false,
    };
}
