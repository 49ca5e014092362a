using FluentValidation;

namespace Fulfillment.OrderImport.Backfill.RequestOrdersBackfill;

public sealed class RequestOrdersBackfillRequestValidator : AbstractValidator<RequestOrdersBackfillRequest>
{
    /// <summary>getOrders refuses a window that starts less than two minutes before Amazon's now.</summary>
    private static readonly TimeSpan AmazonListingDelay = TimeSpan.FromMinutes(2);

    /// <summary>getOrders serves orders of the last two years.</summary>
    private static readonly TimeSpan AmazonHistory = TimeSpan.FromDays(730);

    public RequestOrdersBackfillRequestValidator(TimeProvider clock)
    {
        RuleFor(request => request.From).NotNull();
        RuleFor(request => request.From)
            .Must(from => from <= clock.GetUtcNow() - AmazonListingDelay)
            .When(request => request.From is not null)
            .WithMessage("'From' must be at least two minutes ago: Amazon lists nothing newer.");
        RuleFor(request => request.From)
            .Must(from => from >= clock.GetUtcNow() - AmazonHistory)
            .When(request => request.From is not null)
            .WithMessage("'From' must be within the last two years: Amazon serves no older orders.");
        RuleFor(request => request.To).NotNull();
        RuleFor(request => request.To)
            .Must((request, to) => to > request.From)
            .When(request => request is { From: not null, To: not null })
            .WithMessage("'To' must be after 'From'.");
        RuleFor(request => request.To)
            .Must(to => to <= clock.GetUtcNow())
            .When(request => request.To is not null)
            .WithMessage("'To' must not be in the future: Amazon has no orders there yet.");
        RuleFor(request => request.RequestedBy).MaximumLength(200);
    }
}
