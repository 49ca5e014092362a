namespace Fulfillment.ServiceDefaults.EventStore;

/// <summary>
/// The connection holding an advisory lock dropped while its work ran (a PostgreSQL restart, a terminated backend):
/// the work was cancelled, because another replica may hold the lock now.
/// </summary>
public sealed class AdvisoryLockLostException(string lockName, Exception? cancellation)
    : Exception($"The advisory lock '{lockName}' was lost with its connection; its work was cancelled.", cancellation)
{
    public string LockName { get; } = lockName;
}
