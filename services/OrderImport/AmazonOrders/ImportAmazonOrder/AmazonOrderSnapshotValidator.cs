using FluentValidation;

namespace Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;

public sealed class AmazonOrderSnapshotValidator : AbstractValidator<AmazonOrderSnapshot>
{
    public AmazonOrderSnapshotValidator()
    {
        RuleFor(snapshot => snapshot.AmazonOrderId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .Matches(@"^\d{3}-\d{7}-\d{7}$").WithMessage("'{PropertyName}' must look like Amazon's 123-1234567-1234567.");
        RuleFor(snapshot => snapshot.StoreId).NotEmpty();
        RuleFor(snapshot => snapshot.MarketplaceId).NotEmpty();
        RuleFor(snapshot => snapshot.FulfillmentChannel).IsInEnum();
        RuleFor(snapshot => snapshot.OrderStatus)
            .Equal(AmazonOrderStatus.Pending)
            .WithMessage("Only Pending orders are recorded over HTTP; later statuses come from Amazon.");
        RuleFor(snapshot => snapshot.PurchaseDate).NotEmpty();
        RuleFor(snapshot => snapshot.LastUpdateDate)
            .NotEmpty()
            .GreaterThanOrEqualTo(snapshot => snapshot.PurchaseDate);
        RuleFor(snapshot => snapshot.Items).NotEmpty();
        RuleForEach(snapshot => snapshot.Items).ChildRules(item =>
        {
            item.RuleFor(line => line.OrderItemId).NotEmpty();
            item.RuleFor(line => line.SellerSku).NotEmpty();
            item.RuleFor(line => line.Quantity).GreaterThan(0);
        });
    }
}
