package docket.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The address a request comes from: the TCP peer, unless the peer is one of the trusted proxies
 * ({@code docket.trusted-proxies}, CIDRs), in which case {@code X-Forwarded-For} is read from the
 * right, past the trusted proxies, to the first address that is not one. Entries further left
 * were written by the client itself and are ignored.
 */
@Singleton
public class ClientAddress {

    private final List<IpSubnetFilterRule> trusted;

    ClientAddress(@Value("${docket.trusted-proxies:}") String proxies) {
        this.trusted = Arrays.stream(proxies.split(","))
                .map(String::trim)
                .filter(cidr -> !cidr.isEmpty())
                .map(ClientAddress::rule)
                .toList();
    }

    public String of(HttpRequest<?> request) {
        InetAddress peer = request.getRemoteAddress().getAddress();
        if (!trusted(peer)) {
            return peer.getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        request.getHeaders().getAll("X-Forwarded-For")
                .forEach(header -> Arrays.stream(header.split(",")).map(String::trim).forEach(hops::add));
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = NetUtil.createInetAddressFromIpAddressString(hops.get(i));
            if (hop == null) {
                // Not an address: the proxy in front did not write it, so the last good hop is the client.
                break;
            }
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trusted.stream().anyMatch(rule -> rule.matches(socket));
    }

    private static IpSubnetFilterRule rule(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(address);
        if (parsed == null) {
            throw new IllegalArgumentException("DOCKET_TRUSTED_PROXIES: " + cidr + " is not an address or a CIDR range");
        }
        int bits = parsed.getAddress().length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
        return new IpSubnetFilterRule(parsed, prefix, IpFilterRuleType.ACCEPT);
    }
}
