using Fulfillment.ServiceDefaults.Security;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Fulfillment.SpApiClient.CallFailures;

/// <summary>O4: the service's failed calls to Amazon, newest first.</summary>
public static class AmazonErrorsEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapAmazonErrorsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/amazon-errors", ListAsync)
            .WithTags("Amazon errors")
            .RequireAuthorization(Permissions.ReadOrders);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<AmazonCallFailure>>, ValidationProblem>> ListAsync(
        IQuerySession session, CancellationToken cancellationToken,
        string? storeId = null, DateTimeOffset? since = null, int limit = DefaultLimit)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"'limit' must be from 1 to {MaxLimit}."],
            });
        }

        var query = session.Query<AmazonCallFailure>().AsQueryable();
        if (storeId is not null)
        {
            query = query.Where(failure => failure.StoreId == storeId);
        }

        if (since is { } from)
        {
            query = query.Where(failure => failure.At >= from);
        }

        var failures = await query.OrderByDescending(failure => failure.At).Take(limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(failures);
    }
}
