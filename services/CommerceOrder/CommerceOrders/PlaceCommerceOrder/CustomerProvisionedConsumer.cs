using Fulfillment.CommerceOrder.Websites;
using Fulfillment.Contracts.Customers;
using Marten;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Fulfillment.CommerceOrder.CommerceOrders.PlaceCommerceOrder;

/// <summary>
/// The order's customer is known (W4): the Commerce order is placed and invoiced. A redelivered or late answer finds
/// the order placed (or canceled) and changes nothing; a number is taken only when an order is really placed.
/// </summary>
public sealed class CustomerProvisionedConsumer(
    IDocumentSession session, OrderNumbers numbers, IOptions<CommerceWebsites> websites, TimeProvider clock)
    : IConsumer<CustomerProvisioned>
{
    public async Task Consume(ConsumeContext<CustomerProvisioned> context)
    {
        var message = context.Message;
        var streams = await OrderAndStockStreams.FetchAsync(session, message.AmazonOrderId, [], context.CancellationToken);
        if (!PlaceCommerceOrderDecider.IsAwaitingCustomer(streams.Order))
        {
            return;
        }

        long? sequenceNumber = PlaceCommerceOrderDecider.NeedsSequenceNumber(streams.Order!)
            ? await numbers.NextAsync(context.CancellationToken)
            : null;
        var events = PlaceCommerceOrderDecider.Decide(
            streams.Order,
            new PlaceCommerceOrder(message.AmazonOrderId, message.CustomerId, message.IsGuest, sequenceNumber, clock.GetUtcNow()),
            streams.Products,
            websites.Value);

        var personalData = await session.LoadAsync<CommerceOrderPersonalData>(message.AmazonOrderId, context.CancellationToken)
            ?? new CommerceOrderPersonalData(message.AmazonOrderId, null, null, null);
        session.Store(personalData with
        {
            CustomerEmail = message.Email, CustomerFirstName = message.FirstName, CustomerLastName = message.LastName,
        });
        await streams.AppendAndSaveAsync(events, context.MessageId?.ToString(), context.CancellationToken);
    }
}
