using FluentValidation;

namespace Fulfillment.ServiceDefaults.Operations.Subscriptions;

public sealed class RewindSubscriptionValidator : AbstractValidator<RewindSubscription>
{
    public RewindSubscriptionValidator()
    {
        RuleFor(request => request.ToSequence)
            .NotNull()
            .When(request => request.ToTimestamp is null)
            .WithMessage("Give toSequence or toTimestamp.");
        RuleFor(request => request.ToSequence)
            .Null()
            .When(request => request.ToTimestamp is not null)
            .WithMessage("Give toSequence or toTimestamp, not both.");
        RuleFor(request => request.ToSequence).GreaterThanOrEqualTo(0);
    }
}
