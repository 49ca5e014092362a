using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults.Http;
using Fulfillment.ServiceDefaults.Workers;
using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.Cancellation.RequestSellerCancellation;

/// <summary>The order's seller cancel as the answer shows it.</summary>
public sealed record SellerCancellationView(
    string AmazonOrderId, Guid CancellationId, string ReasonCode, SellerCancellationStatus Status, string? FeedId, string? AmazonMessage)
{
    public static SellerCancellationView Of(string amazonOrderId, SellerCancellationProgress progress) => new(
        amazonOrderId, progress.CancellationId, progress.ReasonCode, progress.Status, progress.FeedId, progress.AmazonMessage);
}

public static class CancelOrderEndpoint
{
    private const int AttemptsOnConflict = 5;

    public static WebApplication MapCancelOrder(this WebApplication app)
    {
        app.MapGroup("/api/orders")
            .WithTags("Orders view")
            .MapPost("/{amazonOrderId}/cancel", HandleAsync)
            .RequireAuthorization(Permissions.ActOnOrders)
            .Validate<CancelOrderRequest>();
        return app;
    }

    /// <summary>
    /// 202: the cancel is recorded and goes to Amazon in the background (held while the store is in Read-Only Mode,
    /// S8); the order becomes Canceled when Amazon reports it so. 404 for an unknown order, 409 when the order or its
    /// store does not allow a cancel.
    /// </summary>
    private static async Task<Results<Accepted<SellerCancellationView>, ProblemHttpResult>> HandleAsync(
        string amazonOrderId, CancelOrderRequest request, HttpContext http, IServiceScopeFactory scopes,
        WakeUpSignal<SellerCancellationWorker> signal, TimeProvider clock, CancellationToken cancellationToken)
    {
        // The poller or a consumer may append to the order between the read and the write: decide again on the
        // fresh order rather than answer 500 for a race the operator cannot see.
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
            try
            {
                return await DecideAsync(amazonOrderId, request, http, session, signal, clock, cancellationToken);
            }
            catch (Exception conflict) when (
                conflict is ConcurrencyException or EventStreamUnexpectedMaxEventIdException && attempt < AttemptsOnConflict)
            {
            }
        }
    }

    private static async Task<Results<Accepted<SellerCancellationView>, ProblemHttpResult>> DecideAsync(
        string amazonOrderId, CancelOrderRequest request, HttpContext http, IDocumentSession session,
        WakeUpSignal<SellerCancellationWorker> signal, TimeProvider clock, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<AmazonOrder>(amazonOrderId, cancellationToken);
        if (stream.Aggregate is not { } order)
        {
            return TypedResults.Problem($"No Amazon order '{amazonOrderId}' is known.", statusCode: StatusCodes.Status404NotFound);
        }

        var store = await session.LoadAsync<AmazonStore>(order.StoreId, cancellationToken)
            ?? throw new InvalidOperationException($"Order {amazonOrderId} names store {order.StoreId}, which is not connected.");
        var command = new RequestSellerCancellation(
            Guid.CreateVersion7(), request.ReasonCode!, CallerClaims.Requester(http.User, request.RequestedBy), clock.GetUtcNow());
        IReadOnlyList<object> events;
        try
        {
            events = RequestSellerCancellationDecider.Decide(order, store, command);
        }
        catch (CancellationRefusedException refused)
        {
            return TypedResults.Problem(refused.Message, statusCode: StatusCodes.Status409Conflict);
        }

        var progress = order.SellerCancellation!;
        if (events.Count > 0)
        {
            stream.AppendMany(events);
            await session.SaveChangesAsync(cancellationToken);
            signal.Notify();
            progress = SellerCancellationProgress.Create((SellerCancellationRequested)events[0]);
        }

        return TypedResults.Accepted($"/api/orders/{Uri.EscapeDataString(amazonOrderId)}", SellerCancellationView.Of(amazonOrderId, progress));
    }
}
