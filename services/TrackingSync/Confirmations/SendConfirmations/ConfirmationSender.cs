using System.Diagnostics;
using Fulfillment.ServiceDefaults.EventStore;
using Fulfillment.ServiceDefaults.Telemetry;
using Fulfillment.SpApiClient;
using Fulfillment.SpApiClient.OrdersV0;
using Fulfillment.TrackingSync.Stores;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.TrackingSync.Confirmations.SendConfirmations;

/// <summary>
/// One round over the open confirmations: each is held while its store may not be called, otherwise its due
/// packages go to Amazon one <c>confirmShipment</c> each, the attempt recorded before the call and Amazon's verdict
/// after it. Only the packages not yet accepted are sent. Several shipments are sent at the same time (each is its
/// own stream; a shipment's packages go one after the other), paced by Amazon's usage plan in the shared client.
/// </summary>
public sealed class ConfirmationSender(
    IDocumentStore documentStore,
    ShipmentConfirmations amazon,
    TimeProvider clock,
    IOptions<ConfirmationOptions> options,
    ILogger<ConfirmationSender> logger)
{
    public async Task SendDueAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> open;
        await using (var query = documentStore.QuerySession())
        {
            open = await query.Query<ShipmentConfirmation>()
                .Where(confirmation => confirmation.Status == ConfirmationStatus.Pending
                    || confirmation.Status == ConfirmationStatus.Held)
                .OrderBy(confirmation => confirmation.RequestedAt)
                .Select(confirmation => confirmation.Id)
                .ToListAsync(cancellationToken);
        }

        var parallelism = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Value.Concurrency),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(open, parallelism, async (confirmationId, token) =>
        {
            try
            {
                await SendAsync(confirmationId, token);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
            {
                logger.LogError(exception, "Confirmation {ConfirmationId} to Amazon failed; it is tried again next round", confirmationId);
            }
        });
    }

    private async Task SendAsync(string confirmationId, CancellationToken cancellationToken)
    {
        AmazonStore? store;
        ShipmentConfirmation? confirmation;
        await using (var query = documentStore.QuerySession())
        {
            confirmation = await query.LoadAsync<ShipmentConfirmation>(confirmationId, cancellationToken);
            store = confirmation is null ? null : await query.LoadAsync<AmazonStore>(confirmation.StoreId, cancellationToken);
        }

        if (confirmation is null)
        {
            return;
        }

        var holdReason = SendPackageDecider.HoldReasonFor(store);
        if (SendPackageDecider.Hold(confirmation, holdReason, clock.GetUtcNow()).Count > 0)
        {
            // Decided again on the stream as it is when written.
            confirmation = await AppendAsync(
                confirmationId, current => SendPackageDecider.Hold(current, holdReason, clock.GetUtcNow()), cancellationToken);
        }

        if (holdReason is not null || store is null)
        {
            return;
        }

        if (!confirmation.Packages.Any(package => package.IsDue(clock.GetUtcNow())))
        {
            return;
        }

        // A worker round picks the confirmation up from the database: continue the trace the shipment came with.
        ActivityContext? orderTrace;
        await using (var query = documentStore.QuerySession())
        {
            orderTrace = await OrderSpan.TraceOfStreamAsync(query, confirmationId, cancellationToken);
        }

        using var span = OrderSpan.Start(
            "confirm shipment to amazon", orderTrace, confirmation.AmazonOrderId, confirmation.CommerceOrderNumber);
        span.Activity?.SetTag("fulfillment.shipment_id", confirmation.ShipmentId);

        foreach (var package in confirmation.Packages.Where(package => package.IsDue(clock.GetUtcNow())))
        {
            var outcome = package.State == PackageState.Sent
                ? await SeenInAmazonsOrderAsync(store, confirmation, package, cancellationToken)
                : null;
            if (outcome is null)
            {
                confirmation = await AppendAsync(
                    confirmationId,
                    current => SendPackageDecider.Start(current, package.PackageReferenceId, clock.GetUtcNow()),
                    cancellationToken);
                outcome = await ConfirmAsync(store, confirmation, package, cancellationToken);
            }

            confirmation = await AppendAsync(
                confirmationId,
                current => SendPackageDecider.Record(current, package.PackageReferenceId, outcome, clock.GetUtcNow()),
                cancellationToken);
            if (outcome is PackageOutcome.Accepted)
            {
                FulfillmentMetrics.ShippedToConfirmed.Record(
                    Math.Max(0, (clock.GetUtcNow() - confirmation.ShippedAt).TotalSeconds),
                    new KeyValuePair<string, object?>("store", confirmation.StoreId));
            }
        }
    }

    /// <summary>
    /// T3: the last attempt got no answer, so Amazon may have the package. Its view of the order is read first; when
    /// it shows the package recorded, the package is accepted without a second <c>confirmShipment</c>. Null when the
    /// view does not prove it or cannot be read: then the package is sent again.
    /// </summary>
    private async Task<PackageOutcome?> SeenInAmazonsOrderAsync(
        AmazonStore store, ShipmentConfirmation confirmation, PackageConfirmation package, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, int> shipped;
        try
        {
            shipped = await amazon.ShippedQuantitiesAsync(store.Access, confirmation.AmazonOrderId, cancellationToken);
        }
        catch (Exception exception) when (exception is SpApiUnavailableException or SpApiRequestRejectedException
            or SpApiOutcomeUnknownException or LwaAuthorizationException)
        {
            logger.LogWarning(
                "Amazon's view of order {AmazonOrderId} could not be read ({Problem}); package {PackageReferenceId} is sent again",
                confirmation.AmazonOrderId, exception.Message, package.PackageReferenceId);
            return null;
        }

        IReadOnlyList<ShipmentConfirmation> confirmationsOfOrder;
        await using (var query = documentStore.QuerySession())
        {
            confirmationsOfOrder = await query.Query<ShipmentConfirmation>()
                .Where(other => other.AmazonOrderId == confirmation.AmazonOrderId && other.Id != confirmation.Id)
                .ToListAsync(cancellationToken);
        }

        return AmazonShippedView.ShowsRecorded(confirmation.Id, package, confirmationsOfOrder.Append(confirmation), shipped)
            ? new PackageOutcome.Accepted(AlreadyConfirmed: true, SeenInAmazonsOrder: true)
            : null;
    }

    private async Task<PackageOutcome> ConfirmAsync(
        AmazonStore store, ShipmentConfirmation confirmation, PackageConfirmation package, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await amazon.ConfirmAsync(
                store.Access, confirmation.AmazonOrderId, ConfirmShipmentRequests.For(confirmation, package), cancellationToken);
            return new PackageOutcome.Accepted(outcome == ShipmentConfirmationOutcome.AlreadyConfirmed);
        }
        catch (SpApiRequestRejectedException rejection)
        {
            return new PackageOutcome.Rejected(rejection.Code, rejection.AmazonMessage);
        }
        catch (SpApiOutcomeUnknownException unknown)
        {
            return new PackageOutcome.Failed(unknown.Message, OutcomeUnknown: true);
        }
        catch (Exception exception) when (exception is SpApiUnavailableException or LwaAuthorizationException)
        {
            return new PackageOutcome.Failed(exception.Message, OutcomeUnknown: false);
        }
    }

    /// <returns>The confirmation with the decided events applied.</returns>
    private async Task<ShipmentConfirmation> AppendAsync(
        string confirmationId, Func<ShipmentConfirmation, IReadOnlyList<object>> decide, CancellationToken cancellationToken)
    {
        await using var session = documentStore.LightweightSession();
        TraceContextHeaders.Stamp(session, Activity.Current);
        var stream = await session.Events.FetchForWriting<ShipmentConfirmation>(confirmationId, cancellationToken);
        var current = stream.Aggregate
            ?? throw new InvalidOperationException($"No confirmation stream {confirmationId}.");
        var events = decide(current);
        if (events.Count == 0)
        {
            return current;
        }

        stream.AppendMany(events);
        await session.SaveChangesAsync(cancellationToken);
        return events.Aggregate(current, (state, @event) => state.After(@event));
    }
}
