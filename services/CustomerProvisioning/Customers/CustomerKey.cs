using System.Security.Cryptography;
using System.Text;

namespace Fulfillment.CustomerProvisioning.Customers;

/// <summary>
/// The stream key of a customer: the website code and a SHA-256 of the normalised email, so that the email is
/// matched case-insensitively and trimmed (W4) and never appears in a stream key, a URL or a log.
/// </summary>
public static class CustomerKey
{
    public static string For(string websiteCode, string email) =>
        $"{websiteCode}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormaliseEmail(email))))}";

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();
}
