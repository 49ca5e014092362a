using Fulfillment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Fulfillment.ServiceDefaults.Errors;

/// <summary>O4: the messages that failed in this service, listed with their reason, re-driven or discarded.</summary>
public static class ErrorQueueEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>The most message ids one re-drive may name; without names the whole queue goes back, in batches.</summary>
    public const int MaxNamedMessages = 1000;

    public static IEndpointRouteBuilder MapErrorQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/errors").WithTags("Error queues");
        group.MapGet("/", ListAsync).RequireAuthorization(Permissions.ReadOrders);
        group.MapPost("/{queue}/redrive", RedriveAsync).RequireAuthorization(Permissions.ActOnOrders);
        group.MapDelete("/{queue}/{messageId}", DiscardAsync).RequireAuthorization(Permissions.ActOnOrders);
        return app;
    }

    /// <summary>Every error queue of this service, up to <paramref name="limit"/> messages each; nothing is taken off.</summary>
    private static async Task<Results<Ok<FailedMessages>, ValidationProblem>> ListAsync(
        ErrorQueueBroker broker, CancellationToken cancellationToken, int limit = DefaultLimit)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"'limit' must be from 1 to {MaxLimit}."],
            });
        }

        return TypedResults.Ok(await broker.ListAsync(limit, cancellationToken));
    }

    /// <summary>Without a body (or without <c>messageIds</c>) every message of the queue goes back.</summary>
    private static async Task<Results<Ok<RedriveOutcome>, ValidationProblem, ProblemHttpResult>> RedriveAsync(
        string queue, ErrorQueueBroker broker, CancellationToken cancellationToken,
        [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] RedriveRequest? request = null)
    {
        if (!broker.Owns(queue))
        {
            return UnknownQueue(queue);
        }

        if (request?.MessageIds is { Count: 0 } || request?.MessageIds?.Any(string.IsNullOrWhiteSpace) == true
            || request?.MessageIds?.Count > MaxNamedMessages)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["messageIds"] = [$"Name 1 to {MaxNamedMessages} message ids, none empty; send no body to re-drive every message."],
            });
        }

        var ids = request?.MessageIds is { } named ? named.ToHashSet(StringComparer.Ordinal) : null;
        return TypedResults.Ok(await broker.RedriveAsync(queue, ids, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DiscardAsync(
        string queue, string messageId, ErrorQueueBroker broker, CancellationToken cancellationToken)
    {
        if (!broker.Owns(queue))
        {
            return UnknownQueue(queue);
        }

        return await broker.DiscardAsync(queue, messageId, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(
                $"Error queue '{queue}' holds no message '{messageId}'.", statusCode: StatusCodes.Status404NotFound);
    }

    private static ProblemHttpResult UnknownQueue(string queue) => TypedResults.Problem(
        $"'{queue}' is not an error queue of this service (GET /admin/errors lists them).",
        statusCode: StatusCodes.Status404NotFound);
}

/// <param name="MessageIds">The messages to re-drive; null for all of the queue.</param>
public sealed record RedriveRequest(IReadOnlyList<string>? MessageIds);
