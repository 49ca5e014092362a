using System.Globalization;
using FluentValidation;
using Fulfillment.Contracts.Shipments;

namespace Fulfillment.TrackingSync.Confirmations.RequestConfirmation;

/// <summary>
/// What Amazon needs of every package (T2). A shipment that cannot be confirmed as sent goes to the error queue
/// with its reason, rather than to Amazon for a certain refusal.
/// </summary>
public sealed class ShipmentCreatedValidator : AbstractValidator<ShipmentCreated>
{
    public ShipmentCreatedValidator()
    {
        RuleFor(shipment => shipment.ShipmentId).NotEmpty();
        RuleFor(shipment => shipment.AmazonOrderId).NotEmpty();
        RuleFor(shipment => shipment.StoreId).NotEmpty();
        RuleFor(shipment => shipment.MarketplaceId).NotEmpty();
        RuleFor(shipment => shipment.Packages).NotEmpty();
        RuleFor(shipment => shipment.Packages)
            .Must(packages => packages.Select(package => package.PackageReferenceId).Distinct().Count() == packages.Count)
            .WithMessage("Every package of a shipment needs its own PackageReferenceId.");
        RuleForEach(shipment => shipment.Packages).ChildRules(package =>
        {
            package.RuleFor(p => p.PackageReferenceId)
                .Must(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
                .WithMessage("'{PropertyName}' must be a positive number, as Amazon requires.");
            package.RuleFor(p => p.CarrierCode).NotEmpty();
            package.RuleFor(p => p.TrackingNumber).NotEmpty();
            package.RuleFor(p => p.Items).NotEmpty();
            package.RuleForEach(p => p.Items).ChildRules(item =>
            {
                item.RuleFor(i => i.AmazonOrderItemId).NotEmpty();
                item.RuleFor(i => i.Quantity).GreaterThan(0);
            });
        });
    }
}
