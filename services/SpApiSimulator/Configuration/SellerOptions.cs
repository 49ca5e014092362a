namespace Fulfillment.SpApiSimulator.Configuration;

/// <summary>A selling partner that authorised the application: its id and the refresh token it was given.</summary>
public sealed class SellerOptions
{
    public string SellerId { get; set; } = "";

    public string RefreshToken { get; set; } = "";
}
