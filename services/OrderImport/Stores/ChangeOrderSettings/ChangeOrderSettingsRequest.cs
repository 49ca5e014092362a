using FluentValidation;

namespace Fulfillment.OrderImport.Stores.ChangeOrderSettings;

/// <summary>
/// The whole set of order settings, as an operator sends it. Every field is nullable here so that a field left out
/// is a 400 naming it, not a silent default (a missing <c>importOrders</c> must not turn the import off).
/// </summary>
public sealed record ChangeOrderSettingsRequest(
    bool? ImportOrders,
    string? StoreViewCode,
    CustomerCreation? CustomerCreation,
    OrderNumberSource? OrderNumberSource,
    PendingOrders? PendingOrders,
    string? CustomProcessingStatus,
    StoreState? State,
    bool? ReadOnlyMode)
{
    public OrderSettings ToSettings() => new(
        ImportOrders!.Value, StoreViewCode, CustomerCreation!.Value, OrderNumberSource!.Value, PendingOrders!.Value,
        CustomProcessingStatus, State!.Value, ReadOnlyMode!.Value);
}

public sealed class ChangeOrderSettingsRequestValidator : AbstractValidator<ChangeOrderSettingsRequest>
{
    public ChangeOrderSettingsRequestValidator()
    {
        RuleFor(request => request.ImportOrders).NotNull();
        RuleFor(request => request.CustomerCreation).NotNull().IsInEnum();
        RuleFor(request => request.OrderNumberSource).NotNull().IsInEnum();
        RuleFor(request => request.PendingOrders).NotNull().IsInEnum();
        RuleFor(request => request.State).NotNull().IsInEnum();
        RuleFor(request => request.ReadOnlyMode).NotNull();
        RuleFor(request => request.StoreViewCode).NotEmpty().When(request => request.StoreViewCode is not null);
        RuleFor(request => request.CustomProcessingStatus)
            .NotEmpty()
            .MaximumLength(32)
            .When(request => request.CustomProcessingStatus is not null);
    }
}
