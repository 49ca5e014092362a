using FluentValidation;

namespace Fulfillment.OrderImport.AmazonOrders.ImportAmazonOrder;

public sealed class AmazonOrderSnapshotValidator : AbstractValidator<AmazonOrderSnapshot>
{
    /// <summary>More units of one line than any real order holds: a typo or an attack on the stock.</summary>
    public const int LargestQuantity = 10_000;

    public const int LargestLineCount = 500;

    /// <summary>The clocks of Amazon and of this host may differ by this much.</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public AmazonOrderSnapshotValidator(TimeProvider clock)
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
        RuleFor(snapshot => snapshot.LastUpdateDate)
            .Must(date => date <= clock.GetUtcNow() + ClockTolerance)
            .WithMessage("'{PropertyName}' must not be in the future: Amazon reports what has happened.");
        RuleFor(snapshot => snapshot.Items).NotEmpty();
        RuleFor(snapshot => snapshot.Items.Count).LessThanOrEqualTo(LargestLineCount).OverridePropertyName("Items")
            .When(snapshot => snapshot.Items is not null);
        RuleForEach(snapshot => snapshot.Items).ChildRules(item =>
        {
            item.RuleFor(line => line.OrderItemId).NotEmpty();
            item.RuleFor(line => line.SellerSku).NotEmpty();
            item.RuleFor(line => line.Quantity).InclusiveBetween(1, LargestQuantity);
        });
    }
}
