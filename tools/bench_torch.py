#!/usr/bin/env python3
"""PyTorch peer of `boundcheck bench --against torch` (PyTorch is a reference here, never a dependency of BoundCheck).

Usage: bench_torch.py NETWORK.safetensors

NETWORK holds the bench network as BoundCheck writes it: W1..WL ([m_l, m_{l-1}], row-major, torch's Linear layout),
v ([m_L]), the inputs X ([n, d]) and targets y ([n]), the probe U1..UL, u_v of the HVP check, and metadata (scaling,
activation, loss). The network is z_l = s_l W_l a_{l-1}, a_l = tanh(z_l), f = s_out v . a_L with s_l = 1/sqrt(m_{l-1})
(NTK scaling), loss (1/n) sum_i (f_i - y_i)^2.

The script then answers one JSON command per stdin line with one JSON line on stdout, so BoundCheck can interleave
its own measurements with PyTorch's:
  {"op": "setup", "dtype": "float64" | "float32"}   builds one leaf tensor per layer in that precision
  {"op": "time", "what": OPERATION}                 runs OPERATION once and replies {"seconds": s}
  {"op": "lanczos", "form": FORM, "tol": t, "max": k, "seed": s}
                                                    top |eigenvalue| of the loss Hessian: {"seconds", "products", ...}
  {"op": "write", "dir": D}                         writes grad.safetensors and hvp-FORM.safetensors (float64) into D
  {"op": "quit"}
OPERATION is "grad" or "hvp-FORM"; FORM is one of FORMS below.
"""
import json
import math
import os
import struct
import sys
import time

import torch

FORMS = ("double-backward", "cached-double-backward", "functorch-jvp-grad", "forward-over-reverse")
DTYPES = {"F64": (torch.float64, 8, "<d"), "F32": (torch.float32, 4, "<f")}


def read_safetensors(path):
    """Tensors (float64) and metadata of a safetensors file, parsed by hand (no safetensors package needed)."""
    with open(path, "rb") as f:
        data = f.read()
    (length,) = struct.unpack_from("<Q", data, 0)
    header = json.loads(data[8:8 + length])
    metadata = header.pop("__metadata__", {})
    body = memoryview(data)[8 + length:]
    tensors = {}
    for name, entry in header.items():
        dtype, size, _ = DTYPES[entry["dtype"]]
        begin, end = entry["data_offsets"]
        flat = torch.frombuffer(bytearray(body[begin:end]), dtype=dtype, count=(end - begin) // size)
        tensors[name] = flat.to(torch.float64).reshape(entry["shape"])
    return tensors, metadata


def write_safetensors(path, tensors):
    """float64 tensors, in the order given, as a safetensors file."""
    header, offset, blobs = {}, 0, []
    for name, tensor in tensors.items():
        blob = tensor.detach().to(torch.float64).contiguous().numpy().tobytes()
        header[name] = {"dtype": "F64", "shape": list(tensor.shape), "data_offsets": [offset, offset + len(blob)]}
        offset += len(blob)
        blobs.append(blob)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


class Network:
    """The bench network at one point theta, in one precision, with one leaf tensor per layer."""

    def __init__(self, tensors, depth, dtype):
        self.weights = [tensors[f"W{l}"].to(dtype).contiguous().requires_grad_() for l in range(1, depth + 1)]
        self.v = tensors["v"].reshape(-1).to(dtype).contiguous().requires_grad_()
        self.params = self.weights + [self.v]
        self.x = tensors["X"].to(dtype).t()  # d x n: one column per sample, as BoundCheck multiplies
        self.y = tensors["y"].reshape(-1).to(dtype)
        self.probe = [tensors[f"U{l}"].to(dtype) for l in range(1, depth + 1)] + [tensors["u_v"].reshape(-1).to(dtype)]
        self.scales = [1.0 / math.sqrt(w.shape[1]) for w in self.weights]
        self.s_out = 1.0 / math.sqrt(self.v.shape[0])
        self.cached_gradient = None
        self.state = None

    def loss(self, *params):
        a = self.x
        for w, s in zip(params[:-1], self.scales):
            a = torch.tanh(torch.mm(w, a) * s)
        f = torch.mv(a.t(), params[-1]) * self.s_out
        return torch.mean((f - self.y) ** 2)

    def gradient(self):
        return torch.autograd.grad(self.loss(*self.params), self.params)

    def hvp(self, form, u):
        if form == "double-backward":
            g = torch.autograd.grad(self.loss(*self.params), self.params, create_graph=True)
            return torch.autograd.grad(g, self.params, grad_outputs=u)
        if form == "cached-double-backward":
            if self.cached_gradient is None:
                self.cached_gradient = torch.autograd.grad(self.loss(*self.params), self.params, create_graph=True)
            return torch.autograd.grad(self.cached_gradient, self.params, grad_outputs=u, retain_graph=True)
        if form == "functorch-jvp-grad":
            import functorch
            argnums = tuple(range(len(self.params)))
            primals = tuple(p.detach() for p in self.params)
            return functorch.jvp(functorch.grad(self.loss, argnums=argnums), primals, tuple(u))[1]
        if form == "forward-over-reverse":
            return self.r_operator(u)
        raise ValueError(f"unknown HVP formulation {form!r}; one of {', '.join(FORMS)}")

    def r_operator(self, u):
        """Pearlmutter's R-operator written out in torch (no autograd), on the forward/backward state cached at theta."""
        with torch.no_grad():
            if self.state is None:
                self.state = self.forward_backward_state()
            a, first, second, g, weights = self.state
            n = self.x.shape[1]
            rz, ra = [None], [torch.zeros_like(self.x)]
            for l, (w, s) in enumerate(zip(self.weights, self.scales), start=1):
                z = torch.mm(u[l - 1], a[l - 1])
                if l > 1:
                    z += torch.mm(w, ra[l - 1])
                z *= s
                rz.append(z)
                ra.append(first[l] * z)
            rf = (torch.mv(a[-1].t(), u[-1]) + torch.mv(ra[-1].t(), self.v)) * self.s_out
            rw = rf * (2.0 / n)
            out_v = (torch.mv(ra[-1], weights) + torch.mv(a[-1], rw)) * self.s_out
            rdelta = (torch.outer(u[-1], weights) + torch.outer(self.v, rw)) * self.s_out
            delta = torch.outer(self.v, weights) * self.s_out
            out = [None] * len(self.weights)
            for l in range(len(self.weights), 0, -1):
                s, w = self.scales[l - 1], self.weights[l - 1]
                rg = rdelta * first[l] + delta * second[l] * rz[l]
                gw = torch.mm(rg, a[l - 1].t())
                if l > 1:
                    gw += torch.mm(g[l], ra[l - 1].t())
                out[l - 1] = gw * s
                if l > 1:
                    delta, rdelta = torch.mm(w.t(), g[l]) * s, (torch.mm(u[l - 1].t(), g[l]) + torch.mm(w.t(), rg)) * s
            return out + [out_v]

    def forward_backward_state(self):
        a, first, second = [self.x], [None], [None]
        for w, s in zip(self.weights, self.scales):
            t = torch.tanh(torch.mm(w, a[-1]) * s)
            d1 = 1 - t * t
            a.append(t)
            first.append(d1)
            second.append(-2 * t * d1)
        f = torch.mv(a[-1].t(), self.v) * self.s_out
        weights = (f - self.y) * (2.0 / f.shape[0])
        g, delta = [None] * (len(self.weights) + 1), torch.outer(self.v, weights) * self.s_out
        for l in range(len(self.weights), 0, -1):
            g[l] = delta * first[l]
            delta = torch.mm(self.weights[l - 1].t(), g[l]) * self.scales[l - 1]
        return a, first, second, g, weights


def lanczos(net, form, tol, max_iter, seed):
    """BoundCheck's Lanczos in torch: full classical Gram-Schmidt repeated by the DGKS rule, stop when the residual
    |beta_k s_k| of the largest-|theta| Ritz pair is <= tol |theta|."""
    shapes = [p.shape for p in net.params]
    sizes = [p.numel() for p in net.params]
    dim = sum(sizes)
    dtype = net.v.dtype

    def apply(x):
        parts = [c.view(s) for c, s in zip(torch.split(x, sizes), shapes)]
        return torch.cat([h.reshape(-1) for h in net.hvp(form, parts)])

    generator = torch.Generator().manual_seed(seed)
    q = torch.randn(dim, generator=generator, dtype=dtype)
    q /= torch.linalg.vector_norm(q)
    blocks, count, block_rows = [], 0, 16
    alphas, betas = [], []
    theta, residual, exit_reason = float("nan"), float("nan"), "max-iterations"
    for j in range(min(max_iter, dim)):
        if count == len(blocks) * block_rows:
            blocks.append(torch.empty(block_rows, dim, dtype=dtype))
        blocks[-1][count % block_rows] = q
        count += 1
        w = apply(q)
        if j > 0:
            w -= betas[-1] * blocks[(count - 2) // block_rows][(count - 2) % block_rows]
        alpha = torch.dot(q, w)
        w -= alpha * q
        norm = torch.linalg.vector_norm(w)
        for _ in range(2):
            h = [b[: min(block_rows, count - i * block_rows)] @ w for i, b in enumerate(blocks)]
            for b, hb in zip(blocks, h):
                w -= b[: hb.shape[0]].t() @ hb
            alpha += h[-1][-1]
            projected = torch.linalg.vector_norm(w)
            if projected >= 0.7071067811865476 * norm:
                break
            norm = projected
        beta = float(torch.linalg.vector_norm(w))
        alphas.append(float(alpha))
        betas.append(beta)
        t = torch.diag(torch.tensor(alphas, dtype=torch.float64))
        if j > 0:
            off = torch.tensor(betas[:-1], dtype=torch.float64)
            t += torch.diag(off, 1) + torch.diag(off, -1)
        values, vectors = torch.linalg.eigh(t)
        top = int(torch.argmax(values.abs()))
        theta, residual = float(values[top]), beta * abs(float(vectors[-1, top]))
        if residual <= tol * abs(theta):
            exit_reason = "converged"
            break
        if beta <= max(dim, 10) * 2.220446049250313e-16 * float(values.abs().max()):
            exit_reason = "invariant-subspace"
            break
        q = w / beta
    return {"value": abs(theta), "residual": residual, "products": len(alphas), "exit": exit_reason}


def main():
    tensors, metadata = read_safetensors(sys.argv[1])
    if (metadata.get("scaling"), metadata.get("activation"), metadata.get("loss")) != ("ntk", "tanh", "square-mean"):
        raise SystemExit(f"bench_torch.py: only the ntk/tanh/square-mean bench network is written here, got {metadata}")
    depth = int(metadata["depth"])
    net = None
    for line in sys.stdin:
        command = json.loads(line)
        op = command["op"]
        try:
            if op == "quit":
                break
            if op == "setup":
                dtype = {"float64": torch.float64, "float32": torch.float32}[command["dtype"]]
                net = Network(tensors, depth, dtype)
                reply = {"threads": torch.get_num_threads(), "torch": torch.__version__,
                         "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY", "")}
            elif op == "time":
                what = command["what"]
                start = time.perf_counter()
                if what == "grad":
                    net.gradient()
                else:
                    net.hvp(what[len("hvp-"):], net.probe)
                reply = {"seconds": time.perf_counter() - start}
            elif op == "lanczos":
                start = time.perf_counter()
                reply = lanczos(net, command["form"], command["tol"], command["max"], command["seed"])
                reply["seconds"] = time.perf_counter() - start
            elif op == "write":
                names = [f"W{l}" for l in range(1, depth + 1)] + ["v"]
                outputs = {"grad": net.gradient()}
                outputs.update({f"hvp-{form}": net.hvp(form, net.probe) for form in FORMS})
                for name, values in outputs.items():
                    write_safetensors(os.path.join(command["dir"], name + ".safetensors"), dict(zip(names, values)))
                reply = {"written": sorted(outputs)}
            else:
                reply = {"error": f"unknown op {op!r}"}
        except Exception as error:  # the reply names the failure; BoundCheck reports it
            reply = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    torch.set_num_threads(int(os.environ.get("BOUNDCHECK_TORCH_THREADS", torch.get_num_threads())))
    torch.set_num_interop_threads(1)
    main()
