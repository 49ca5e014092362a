using System.Collections.Concurrent;

namespace Fulfillment.ServiceDefaults.Errors;

/// <summary>
/// The queues this service's consumers read, as the bus configured them. AMQP cannot list a broker's queues, and the
/// management API is not always there, so a service knows its own error queues by knowing its own endpoints:
/// MassTransit moves what fails on <c>X</c> to <c>X_error</c>.
/// </summary>
public sealed class ServiceReceiveEndpoints
{
    public const string ErrorSuffix = "_error";

    private readonly ConcurrentDictionary<string, byte> _names = new();

    public void Add(string queue) => _names.TryAdd(queue, 0);

    public IReadOnlyList<string> ErrorQueues => [.. _names.Keys.Order().Select(name => name + ErrorSuffix)];

    public bool OwnsErrorQueue(string queue) =>
        queue.EndsWith(ErrorSuffix, StringComparison.Ordinal) && _names.ContainsKey(queue[..^ErrorSuffix.Length]);
}
