using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Fulfillment.ServiceDefaults.Operations.Streams;

/// <summary>
/// An aggregate type a service's streams build, so that time travel can show a stream's state as it stood at a
/// version or a moment. Registered with <see cref="TimeTravelRegistration.AddTimeTravel{TAggregate}"/>.
/// </summary>
public sealed class TimeTravelAggregate(
    Type type, Func<IQuerySession, string, long, DateTimeOffset?, CancellationToken, Task<object?>> aggregate)
{
    public string Name => type.Name;

    public Task<object?> AggregateAsync(
        IQuerySession session, string streamKey, long version, DateTimeOffset? at, CancellationToken cancellationToken) =>
        aggregate(session, streamKey, version, at, cancellationToken);

    /// <summary>
    /// Whether the stream type Marten recorded (its alias of the aggregate type, e.g. <c>amazon_order</c>, or the
    /// type's name) names this aggregate.
    /// </summary>
    public bool Builds(string? streamType) =>
        streamType is not null
        && string.Equals(streamType.Replace("_", ""), type.Name, StringComparison.OrdinalIgnoreCase)
        || streamType == type.FullName;
}

public static class TimeTravelRegistration
{
    /// <summary>Lets operators see this service's <typeparamref name="TAggregate"/> streams as they stood earlier.</summary>
    public static IServiceCollection AddTimeTravel<TAggregate>(this IServiceCollection services)
        where TAggregate : class =>
        services.AddSingleton(new TimeTravelAggregate(
            typeof(TAggregate),
            async (session, streamKey, version, at, cancellationToken) =>
                await session.Events.AggregateStreamAsync<TAggregate>(
                    streamKey, version, at, token: cancellationToken)));
}
