using FluentValidation;

namespace Fulfillment.CommerceOrder.CommerceOrders.ShipCommerceOrder;

/// <summary>
/// T1: a shipment names items of the order with quantities it still has to ship, and packages with a carrier and a
/// tracking number of that carrier's shape. The order to ship is given in the root context data
/// (<see cref="OrderKey"/>); errors are keyed by the request's own field paths (<c>items[0].qty</c>).
/// </summary>
public sealed class ShipOrderRequestValidator : AbstractValidator<ShipOrderRequest>
{
    public const string OrderKey = "order";

    public ShipOrderRequestValidator()
    {
        RuleFor(request => request.Items).NotEmpty().OverridePropertyName("items");
        RuleForEach(request => request.Items).ChildRules(item =>
        {
            item.RuleFor(line => line.OrderItemId).NotEmpty().OverridePropertyName("order_item_id");
            item.RuleFor(line => line.Qty).NotNull().GreaterThan(0).OverridePropertyName("qty");
        }).OverridePropertyName("items");
        RuleFor(request => request.Tracks).NotEmpty().OverridePropertyName("tracks");
        RuleForEach(request => request.Tracks).ChildRules(track =>
        {
            track.RuleFor(package => package.CarrierCode).NotEmpty().OverridePropertyName("carrier_code");
            track.RuleFor(package => package.TrackNumber).NotEmpty().MaximumLength(64).OverridePropertyName("track_number");
            track.RuleFor(package => package.TrackNumber)
                .Must((package, number) => TrackingNumberFormats.Mismatch(package.CarrierCode!, number!) is null)
                .When(package => !string.IsNullOrEmpty(package.CarrierCode) && !string.IsNullOrEmpty(package.TrackNumber))
                .WithMessage(package => TrackingNumberFormats.Mismatch(package.CarrierCode!, package.TrackNumber!))
                .OverridePropertyName("track_number");
            track.RuleFor(package => package.Title).NotEmpty()
                .When(package => package.CarrierCode is { } code && !TrackingNumberFormats.IsKnownCarrier(code))
                .WithMessage("'title' names the carrier when it is not one Commerce knows.")
                .OverridePropertyName("title");
        }).OverridePropertyName("tracks");
        RuleFor(request => request).Custom((request, context) =>
        {
            if (context.RootContextData.TryGetValue(OrderKey, out var value) && value is CommerceOrderProcess order)
            {
                foreach (var (field, message) in ShipmentRules.AgainstOrder(request, order))
                {
                    context.AddFailure(field, message);
                }
            }
        });
    }
}
