using FluentValidation;
using Fulfillment.SpApiSimulator.Configuration;
using Fulfillment.SpApiSimulator.Marketplaces;
using Fulfillment.SpApiSimulator.Orders;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiSimulator.Admin.PlaceOrder;

public sealed class PlaceOrderRequestValidator : AbstractValidator<PlaceOrderRequest>
{
    public PlaceOrderRequestValidator(IOptions<SpApiSimulatorOptions> options, TimeProvider clock)
    {
        RuleFor(request => request.SellerId)
            .Must(sellerId => options.Value.Sellers.Any(seller => seller.SellerId == sellerId))
            .WithMessage("'{PropertyName}' must be one of the sellers in the configuration (SpApiSimulator:Sellers).");
        RuleFor(request => request.MarketplaceId)
            .Must(marketplaceId => Marketplace.Find(marketplaceId) is not null)
            .WithMessage("'{PropertyName}' must be one of Amazon's marketplace ids, e.g. ATVPDKIKX0DER.");
        RuleFor(request => request.FulfillmentChannel).IsEnumName(typeof(FulfillmentChannel), caseSensitive: true);
        RuleFor(request => request.PurchaseDate)
            .LessThanOrEqualTo(_ => clock.GetUtcNow())
            .WithMessage("'{PropertyName}' must not be in the future.");
        RuleFor(request => request.ShipmentServiceLevelCategory)
            .Must(category => ShipmentServiceLevelCategories.All.Contains(category))
            .When(request => request.ShipmentServiceLevelCategory is not null)
            .WithMessage($"'{{PropertyName}}' must be one of Amazon's categories: {string.Join(", ", ShipmentServiceLevelCategories.All)}.");
        RuleFor(request => request.Items).NotEmpty();
        RuleForEach(request => request.Items).ChildRules(item =>
        {
            item.RuleFor(line => line.SellerSku).NotEmpty();
            item.RuleFor(line => line.Quantity).GreaterThan(0);
            item.RuleFor(line => line.UnitPrice).GreaterThanOrEqualTo(0);
            item.RuleFor(line => line.ItemTax).GreaterThanOrEqualTo(0);
            item.RuleFor(line => line.ShippingPrice).GreaterThanOrEqualTo(0);
            item.RuleFor(line => line.Asin).Matches("^[A-Z0-9]{10}$").When(line => line.Asin is not null)
                .WithMessage("'{PropertyName}' must be 10 capital letters or digits.");
        });
        RuleFor(request => request.Buyer!.Email).EmailAddress().When(request => request.Buyer?.Email is not null);
        RuleFor(request => request.ShipTo)
            .NotNull()
            .When(request => request.FulfillmentChannel == nameof(Orders.FulfillmentChannel.MFN))
            .WithMessage("'{PropertyName}' is needed for a merchant-fulfilled (MFN) order: the seller ships it.");
        RuleFor(request => request.ShipTo!).ChildRules(address =>
        {
            address.RuleFor(shipTo => shipTo.Name).NotEmpty();
            address.RuleFor(shipTo => shipTo.AddressLine1).NotEmpty();
            address.RuleFor(shipTo => shipTo.City).NotEmpty();
            address.RuleFor(shipTo => shipTo.CountryCode).Matches("^[A-Z]{2}$")
                .WithMessage("'{PropertyName}' must be an ISO 3166-1 alpha-2 code.");
            address.RuleFor(shipTo => shipTo.AddressType).Must(type => type is null or "Residential" or "Commercial")
                .WithMessage("'{PropertyName}' must be Residential or Commercial.");
        }).When(request => request.ShipTo is not null);
    }
}
