namespace Fulfillment.ServiceDefaults.Bus;

/// <summary>Broker connection, from the <c>RabbitMq</c> configuration section (<c>RabbitMq__Host</c>, ...).</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    public string Host { get; set; } = "127.0.0.1";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";

    /// <summary>The service's own broker user: no default, so that no service ever signs in as RabbitMQ's <c>guest</c>.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// Messages each receive endpoint consumes at the same time. MassTransit's default is twice the processor count
    /// (4 on two cores), which leaves a queue waiting while its consumers wait on PostgreSQL or the other services;
    /// every consumer locks the streams it writes, so more at once only take turns where they meet.
    /// </summary>
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>Messages the broker hands each endpoint ahead of its consumers (unacknowledged at most).</summary>
    public ushort PrefetchCount { get; set; } = 16;

    /// <summary>Fails the start when a credential is missing, naming the setting to provide.</summary>
    public RabbitMqOptions RequireCredentials()
    {
        if (string.IsNullOrWhiteSpace(Username))
        {
            throw new InvalidOperationException(
                "The broker user is not configured: set RabbitMq__Username (configuration key RabbitMq:Username) to this service's RabbitMQ user.");
        }

        if (string.IsNullOrEmpty(Password))
        {
            throw new InvalidOperationException(
                "The broker password is not configured: set RabbitMq__Password (configuration key RabbitMq:Password) for the user in RabbitMq__Username.");
        }

        return this;
    }
}
