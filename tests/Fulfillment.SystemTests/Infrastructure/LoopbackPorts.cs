using System.Net;
using System.Net.Sockets;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>
/// Free loopback ports for the processes the tests start. The operating system may hand out a port it just handed
/// out, once the probe released it; two services of one system on the same port would leave one talking to the
/// other's process. So no port is given twice in a test run.
/// </summary>
public static class LoopbackPorts
{
    private static readonly HashSet<int> Given = [];
    private static readonly Lock Guard = new();

    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Guard)
            {
                if (Given.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
