using FluentValidation;
using Fulfillment.OrderImport.AmazonOrders;

namespace Fulfillment.OrderImport.OrdersView.GetOrders;

public sealed class OrdersQueryValidator : AbstractValidator<OrdersQuery>
{
    public const int LargestPage = 200;

    /// <summary>The deepest page the grid serves: further pages cost the database more than anyone reads.</summary>
    public const int LastPage = 1000;

    public const int LongestSearch = 100;

    private static readonly string[] Statuses =
        [.. Enum.GetNames<AmazonOrderStatus>(), ChannelStatuses.Error, ChannelStatuses.Completed];

    public OrdersQueryValidator()
    {
        RuleFor(query => query).Custom((query, context) =>
        {
            foreach (var (field, reason) in query.Unreadable)
            {
                context.AddFailure(field, reason);
            }
        });
        RuleFor(query => query.Status).Must(status => Statuses.Contains(status))
            .When(query => query.Status is not null)
            .WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", Statuses)}.");
        RuleFor(query => query.FulfillmentChannel).IsEnumName(typeof(FulfillmentChannel), caseSensitive: true)
            .When(query => query.FulfillmentChannel is not null)
            .WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", Enum.GetNames<FulfillmentChannel>())}.");
        RuleFor(query => query.PurchasedTo).GreaterThanOrEqualTo(query => query.PurchasedFrom)
            .When(query => query.PurchasedFrom is not null && query.PurchasedTo is not null);
        RuleFor(query => query.MaxTotal).GreaterThanOrEqualTo(query => query.MinTotal)
            .When(query => query.MinTotal is not null && query.MaxTotal is not null);
        RuleFor(query => query.Sort).Must(sort => OrdersQuery.SortKeys.Contains(sort.StartsWith('-') ? sort[1..] : sort))
            .WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", OrdersQuery.SortKeys)}, with '-' before it for descending.");
        RuleFor(query => query.Page).InclusiveBetween(1, LastPage);
        RuleFor(query => query.Buyer).MaximumLength(LongestSearch);
        RuleFor(query => query.OrderNumber).MaximumLength(LongestSearch);
        RuleFor(query => query.StoreId).MaximumLength(LongestSearch);
        RuleFor(query => query.PageSize).InclusiveBetween(1, LargestPage);
    }
}
