using FluentValidation;
using Fulfillment.Contracts.Customers;
using Marten;
using MassTransit;

namespace Fulfillment.CustomerProvisioning.Customers.ProvisionCustomerAccount;

/// <summary>
/// Answers <see cref="ProvisionCustomer"/> with the customer of the order (W4). An existing customer's stream is
/// locked while the order is noted on it, so that the many orders of a frequent buyer take their turn instead of
/// failing on each other's appends. Two first orders of one buyer at the same moment both try to start the
/// customer's stream; the loser's commit fails on the stream key, the bus retries it and it then reuses the
/// winner's customer. The answer is published after the commit: a redelivered
/// request finds its customer and answers the same again, so no outbox is needed.
/// </summary>
public sealed class ProvisionCustomerConsumer(
    IDocumentSession session, IValidator<ProvisionCustomer> validator, TimeProvider clock) : IConsumer<ProvisionCustomer>
{
    public async Task Consume(ConsumeContext<ProvisionCustomer> context)
    {
        var message = context.Message;
        await validator.ValidateAndThrowAsync(message, context.CancellationToken);
        var buyer = BuyerIdentity.From(message.AmazonOrderId, message.BuyerName, message.BuyerEmail);

        if (message.CustomerCreation == CustomerCreationModes.Guest)
        {
            await context.Publish(new CustomerProvisioned(
                message.AmazonOrderId, message.WebsiteCode, CustomerId: null, IsGuest: true, CustomerCreated: false,
                buyer.Email, buyer.FirstName, buyer.LastName));
            return;
        }

        var decision = await DecideAndSaveAsync(message, buyer, context);
        await context.Publish(new CustomerProvisioned(
            message.AmazonOrderId, message.WebsiteCode, decision.CustomerId, IsGuest: false,
            CustomerCreated: decision.CreatedForThisOrder,
            decision.PersonalData.Email, decision.PersonalData.FirstName, decision.PersonalData.LastName));
    }

    private async Task<CustomerAccountDecision> DecideAndSaveAsync(
        ProvisionCustomer message, BuyerIdentity buyer, ConsumeContext context)
    {
        var cancellationToken = context.CancellationToken;
        var key = CustomerKey.For(message.WebsiteCode, buyer.Email);
        var stream = await session.Events.FetchForExclusiveWriting<Customer>(key, cancellationToken);
        var personalData = await session.LoadAsync<CustomerPersonalData>(key, cancellationToken);
        var newCustomerId = stream.Aggregate is null ? await CustomerIdSequence.NextAsync(session, cancellationToken) : null;

        var decision = ProvisionCustomerAccountDecider.Decide(stream.Aggregate, personalData, new ProvisionCustomerAccount(
            key, message.WebsiteCode, message.AmazonOrderId, buyer, ShipToAddress.From(message.ShippingAddress),
            newCustomerId, clock.GetUtcNow()));
        if (decision.Events.Count == 0 && !decision.PersonalDataChanged)
        {
            return decision;
        }

        session.CausationId = context.MessageId?.ToString();
        stream.AppendMany(decision.Events);
        if (decision.PersonalDataChanged)
        {
            session.Store(decision.PersonalData);
        }

        await session.SaveChangesAsync(cancellationToken);
        return decision;
    }
}
