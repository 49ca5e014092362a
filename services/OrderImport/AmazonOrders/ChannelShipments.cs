namespace Fulfillment.OrderImport.AmazonOrders;

/// <summary>
/// One Commerce shipment as the channel order knows it. TrackingSync's word about it can arrive before
/// CommerceOrder's, so <paramref name="Created"/> is null until the shipment itself is recorded.
/// </summary>
/// <param name="ConfirmedAt">When Amazon last accepted the shipment's packages, if it has.</param>
/// <param name="Failures">Amazon's refusals, oldest first; one is open while no acceptance came after it.</param>
public sealed record ChannelShipment(
    string ShipmentId,
    CommerceShipmentCreated? Created,
    DateTimeOffset? ConfirmedAt,
    IReadOnlyList<TrackingTransmissionFailed> Failures)
{
    public IEnumerable<TrackingTransmissionFailed> OpenFailures() =>
        Failures.Where(failure => ConfirmedAt is not { } confirmed || failure.FailedAt > confirmed);
}

/// <summary>
/// The shipments of one channel order, shared by the order's stream state and the orders view so that both read the
/// same facts the same way, whatever order the messages came in.
/// </summary>
public sealed record ChannelShipments(IReadOnlyList<ChannelShipment> All)
{
    public static ChannelShipments None { get; } = new([]);

    public ChannelShipment? Find(string shipmentId) => All.FirstOrDefault(shipment => shipment.ShipmentId == shipmentId);

    /// <summary>
    /// The shipment that tells the order's totals: the one with the most units shipped, since a shipment never ships
    /// fewer units than the one before it; a shipment message that arrives late does not lower the count.
    /// </summary>
    public CommerceShipmentCreated? Newest() => All
        .Select(shipment => shipment.Created)
        .OfType<CommerceShipmentCreated>()
        .MaxBy(created => (created.ItemsShipped, created.ShippedAt));

    public TrackingTransmissionFailed? LatestOpenFailure() => All
        .SelectMany(shipment => shipment.OpenFailures())
        .MaxBy(failure => failure.FailedAt);

    public ChannelShipments Apply(CommerceShipmentCreated created) =>
        With(created.ShipmentId, shipment => shipment with { Created = created });

    public ChannelShipments Apply(TrackingInformationSubmitted submitted) => With(
        submitted.ShipmentId,
        shipment => shipment with
        {
            ConfirmedAt = shipment.ConfirmedAt > submitted.ConfirmedAt ? shipment.ConfirmedAt : submitted.ConfirmedAt,
        });

    public ChannelShipments Apply(TrackingTransmissionFailed failed) =>
        With(failed.ShipmentId, shipment => shipment with { Failures = [.. shipment.Failures, failed] });

    private ChannelShipments With(string shipmentId, Func<ChannelShipment, ChannelShipment> change) =>
        Find(shipmentId) is null
            ? new([.. All, change(new ChannelShipment(shipmentId, Created: null, ConfirmedAt: null, Failures: []))])
            : new([.. All.Select(shipment => shipment.ShipmentId == shipmentId ? change(shipment) : shipment)]);
}
