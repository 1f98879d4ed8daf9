import type { Accessor, DefaultProps } from '@deck.gl/core';
import { ArcLayer, type ArcLayerProps } from '@deck.gl/layers';
import type { ShaderModule } from '@luma.gl/shadertools';

/** The particles' uniforms: the one clock, and how they move and look. */
type ParticleUniforms = {
  /** Seconds on the animation clock. */
  time: number;
  /** Arc lengths travelled per second. */
  speed: number;
  /** Length of each particle's fading tail, as a share of the arc. */
  trail: number;
};

const UNIFORM_BLOCK = `\
layout(std140) uniform particlesUniforms {
  float time;
  float speed;
  float trail;
} particles;
`;

const particlesModule = {
  name: 'particles',
  vs: UNIFORM_BLOCK,
  fs: UNIFORM_BLOCK,
  uniformTypes: { time: 'f32', speed: 'f32', trail: 'f32' },
} as const satisfies ShaderModule<ParticleUniforms>;

/**
 * Where the particles are is worked out per fragment from the clock: along the arc (0 at the
 * source, 1 at the target) a particle's head sits wherever `fract(n · (x − speed · time))`
 * wraps, with `n` particles evenly spaced, so nothing but `time` changes from frame to frame.
 */
const FRAGMENT_FILTER = `\
float phase = fract(vParticles * (geometry.uv.x - particles.speed * particles.time) + vParticleOffset);
float tail = min(0.9, particles.trail * vParticles);
float strength = smoothstep(1.0 - tail, 1.0, phase);
if (strength < 0.02) discard;
color = vec4(mix(color.rgb, vec3(1.0), 0.55 * strength * strength), color.a * strength);
`;

/**
 * Per vertex: the arc's own offset for its particles (so that arcs do not pulse in step), and
 * the vertex collapsed onto the centre line unless a particle is near it. Most of each arc then
 * has no area, and only the particles cost fragments: what keeps software WebGL fast.
 */
const VERTEX_END = `\
vParticles = instanceParticles;
vParticleOffset = fract(sin(float(gl_InstanceID) * 12.9898) * 43758.5453);
float vertexPhase = fract(instanceParticles * (segmentRatio - particles.speed * particles.time) + vParticleOffset);
float tailPhase = min(0.9, particles.trail * instanceParticles);
float segmentPhase = instanceParticles / arc.numSegments;
if (instanceParticles < 0.5 || (vertexPhase > segmentPhase && vertexPhase < 1.0 - tailPhase - segmentPhase)) {
  gl_Position = curr;
}
`;

/** Props added to the ArcLayer's. */
interface ParticleProps<D> {
  /** Seconds on the animation clock; a new value only moves the particles (no data update). */
  time?: number;
  /** Arc lengths travelled per second (default 0.25: four seconds from end to end). */
  speed?: number;
  /** Length of each particle's tail as a share of the arc (default 0.08). */
  trail?: number;
  /** Whole particles on each arc at once (density follows value); 0 hides them. */
  getParticles?: Accessor<D, number>;
}

export type ParticleArcLayerProps<D> = ArcLayerProps<D> & ParticleProps<D>;

const defaultProps: DefaultProps<ParticleArcLayerProps<unknown>> = {
  ...ArcLayer.defaultProps,
  time: { type: 'number', value: 0 },
  speed: { type: 'number', value: 0.25, min: 0 },
  trail: { type: 'number', value: 0.08, min: 0 },
  getParticles: { type: 'accessor', value: 1 },
};

/**
 * An ArcLayer that draws moving particles instead of the whole arc: comets travelling from
 * source to target, as many per arc as `getParticles` says, all driven on the GPU by `time`.
 * Draw it over a plain ArcLayer of the same arcs (same positions, tilt and height).
 */
export class ParticleArcLayer<D = unknown> extends ArcLayer<D, ParticleProps<D>> {
  static override layerName = 'ParticleArcLayer';
  /** It moves with the clock: the map hands it the clock's seconds as `time` (see animation.ts). */
  static readonly animates = true;
  static override defaultProps = defaultProps;

  override getShaders() {
    const shaders = super.getShaders();
    return {
      ...shaders,
      modules: [...shaders.modules, particlesModule],
      inject: {
        'vs:#decl':
          'in float instanceParticles;\nout float vParticles;\nout float vParticleOffset;',
        'vs:#main-end': VERTEX_END,
        'fs:#decl': 'in float vParticles;\nin float vParticleOffset;',
        'fs:DECKGL_FILTER_COLOR': FRAGMENT_FILTER,
      },
    };
  }

  override initializeState() {
    super.initializeState();
    this.getAttributeManager()?.addInstanced({
      instanceParticles: { size: 1, accessor: 'getParticles', defaultValue: 1 },
    });
  }

  override draw(options: { uniforms: unknown }) {
    const { time = 0, speed = 0.25, trail = 0.08 } = this.props;
    // With whole particles per arc the picture repeats every 1/speed seconds: wrapping the
    // clock there keeps float32 precision however long the page stays open.
    const period = speed > 0 ? 1 / speed : 1;
    const particles: ParticleUniforms = { time: time % period, speed, trail };
    this.state.model?.shaderInputs.setProps({ particles });
    super.draw(options);
  }
}
