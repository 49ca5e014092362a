using FluentValidation;

namespace Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;

/// <summary>
/// A verified order that cannot be priced or matched to the catalog is refused before anything is written; the
/// message goes to the error queue with these reasons instead of being retried.
/// </summary>
public sealed class VerifyAmazonOrderValidator : AbstractValidator<VerifyAmazonOrder>
{
    public VerifyAmazonOrderValidator()
    {
        RuleFor(command => command.AmazonOrderId).NotEmpty();
        RuleFor(command => command.StoreId).NotEmpty();
        RuleFor(command => command.FulfillmentChannel).Must(channel => channel is FulfillmentChannels.Merchant or FulfillmentChannels.Amazon)
            .WithMessage("FulfillmentChannel must be MFN or AFN.");
        RuleFor(command => command.CurrencyCode).Length(3);
        RuleFor(command => command.OrderTotal).GreaterThanOrEqualTo(0);
        RuleFor(command => command.Lines).NotEmpty();
        RuleForEach(command => command.Lines).ChildRules(line =>
        {
            line.RuleFor(item => item.OrderItemId).NotEmpty();
            line.RuleFor(item => item.SellerSku).NotEmpty();
            line.RuleFor(item => item.Quantity).GreaterThan(0);
        });
        RuleFor(command => command.Settings.WebsiteCode).NotEmpty().OverridePropertyName("Settings.WebsiteCode");
    }
}
