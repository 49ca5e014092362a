using FluentValidation;

namespace Fulfillment.OrderImport.Stores;

public sealed class OrderSettingsValidator : AbstractValidator<OrderSettings>
{
    public OrderSettingsValidator()
    {
        RuleFor(settings => settings.StoreViewCode).NotEmpty().When(settings => settings.StoreViewCode is not null);
        RuleFor(settings => settings.CustomerCreation).IsInEnum();
        RuleFor(settings => settings.OrderNumberSource).IsInEnum();
        RuleFor(settings => settings.PendingOrders).IsInEnum();
        RuleFor(settings => settings.CustomProcessingStatus)
            .NotEmpty()
            .MaximumLength(32)
            .When(settings => settings.CustomProcessingStatus is not null);
        RuleFor(settings => settings.State).IsInEnum();
    }
}
