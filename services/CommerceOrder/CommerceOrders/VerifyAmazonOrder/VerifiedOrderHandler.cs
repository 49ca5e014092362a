using FluentValidation;
using Fulfillment.CommerceOrder.Websites;
using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;

/// <summary>
/// Runs the first steps of the creation for a verified order (record, S1, stock gate) and keeps the buyer's data
/// apart from the events, in the same transaction.
/// </summary>
public sealed class VerifiedOrderHandler(
    IDocumentSession session, IOptions<CommerceWebsites> websites, IValidator<VerifyAmazonOrder> validator)
{
    public async Task HandleAsync(VerifiedOrderMessage message, string? causationId, CancellationToken cancellationToken)
    {
        var command = message.Command;
        await validator.ValidateAndThrowAsync(command, cancellationToken);
        var streams = await OrderAndStockStreams.FetchAsync(
            session, command.AmazonOrderId, command.Lines.Select(line => line.SellerSku), cancellationToken);
        var events = VerifyAmazonOrderDecider.Decide(streams.Order, command, streams.Products, websites.Value);
        if (events.OfType<AmazonOrderVerified>().Any())
        {
            session.Store(new CommerceOrderPersonalData(
                command.AmazonOrderId, message.Buyer?.Name, message.Buyer?.Email, message.Buyer?.ShippingAddress));
        }

        await streams.AppendAndSaveAsync(events, causationId, cancellationToken);
    }
}
